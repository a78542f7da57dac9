import { nowIso } from './ids';
import type { PortRecord, Tx } from './store';

const VRRP_ROLES = new Set(['active', 'standby', 'director']);

/**
 * HA groups are the console's own record of what the VIP's bindings mean. When a VIP's pairs change
 * (through the raw API or any screen) so that a complete group's keepalived member is no longer bound,
 * the group is marked `incomplete`: its page then offers to finish or undo the setup, instead of
 * claiming an HA pair the network no longer has.
 */
export async function markGroupsOutOfStep(tx: Tx, project: string, vip: PortRecord): Promise<void> {
  const bound = new Set(vip.allowed_address_pairs.map((p) => p.ip_address));
  for (const group of await tx.all('ha_groups', 'by_vip', [project, vip.id])) {
    if (group.status !== 'complete') continue;
    const members = group.members.filter((m) => VRRP_ROLES.has(m.role));
    const nics = await Promise.all(members.map((m) => tx.get('ports', m.port_id)));
    if (nics.every((nic) => nic && bound.has(nic.ip))) continue;
    await tx.put('ha_groups', { ...group, status: 'incomplete', updated_at: nowIso() });
  }
}
