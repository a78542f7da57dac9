import { cascadeEnglish, cascadeList, cascadeWording, type CascadeWording } from './cascade-texts';
import { holdsVrrp, type MemberRole } from './group-health';

/**
 * What deleting or stopping servers does to what depends on them, said before the user confirms:
 * every VIP one of their NICs is bound to, and every HA group they belong to with the role they play.
 * Deleting a server removes its NICs' pairs from the VIPs and its membership from the groups (the
 * backend's cascade), which leaves the group incomplete; stopping it only takes it away until it starts.
 */
export type CascadeAction = 'delete' | 'stop';

export interface CascadeInput {
  action: CascadeAction;
  /** The servers acted on (several for a batch). */
  servers: readonly { id: string; name: string }[];
  /** Their NICs: one entry per fixed IP. */
  nics: readonly { serverId: string; ip: string; networkId: string }[];
  vips: readonly { id: string; name: string; ip: string; networkId: string; boundIps: readonly string[] }[];
  groups: readonly { id: string; name: string; vipPortId: string; members: readonly { server_id: string; role: MemberRole; priority: number }[] }[];
  /** Name and ECS status of any other member server, when known. */
  otherServer: (id: string) => { name: string; status?: string } | undefined;
}

export interface Consequence {
  kind: 'vip' | 'ha-group';
  id: string;
  /** The VIP's or group's name as shown. */
  name: string;
  /** HA groups: the acted server's role in it. */
  role?: MemberRole;
  /** In English; `text` is the same sentence by key. */
  message: string;
  text: CascadeWording;
}

const roleWord = (role: MemberRole) => cascadeWording(`role.${role}`);

const consequence = (c: Omit<Consequence, 'message'>): Consequence => ({ ...c, message: cascadeEnglish(c.text) });

function vipConsequences(input: CascadeInput, nameOf: (id: string) => string): Consequence[] {
  const out: Consequence[] = [];
  for (const v of input.vips) {
    const held = input.nics.filter((n) => n.networkId === v.networkId && v.boundIps.includes(n.ip));
    if (held.length === 0) continue;
    const actedIps = new Set(held.map((n) => n.ip));
    const rest = v.boundIps.filter((ip) => !actedIps.has(ip));
    const nics = cascadeList(held.map((n) => `${nameOf(n.serverId)} (${n.ip})`));
    const vip = v.name ? cascadeWording('vip.named', { name: v.name, ip: v.ip }) : cascadeWording('vip.unnamed', { ip: v.ip });
    const others = cascadeList(rest);
    const count = held.length;
    const text =
      input.action === 'delete'
        ? rest.length
          ? cascadeWording('vip.deleteStays', { vip, nics, others })
          : cascadeWording('vip.deleteAlone', { vip, nics })
        : rest.length
          ? cascadeWording('vip.stopOthers', { vip, nics, count, others })
          : cascadeWording('vip.stopAlone', { vip, nics, count });
    out.push(consequence({ kind: 'vip', id: v.id, name: v.name || v.ip, text }));
  }
  return out;
}

function groupConsequences(input: CascadeInput, nameOf: (id: string) => string): Consequence[] {
  const acted = new Set(input.servers.map((s) => s.id));
  const out: Consequence[] = [];
  for (const g of input.groups) {
    const hit = g.members.filter((m) => acted.has(m.server_id));
    if (hit.length === 0) continue;
    const found = input.vips.find((v) => v.id === g.vipPortId);
    const vip = found ? found.ip : cascadeWording('group.theVip');
    const byPriority = [...g.members].filter((m) => holdsVrrp(m.role)).sort((a, b) => b.priority - a.priority);
    const holder = byPriority.find((m) => input.otherServer(m.server_id)?.status !== 'SHUTOFF' || acted.has(m.server_id));
    const survivors = byPriority.filter((m) => !acted.has(m.server_id) && input.otherServer(m.server_id)?.status !== 'SHUTOFF');
    const backendsLeft = g.members.filter((m) => m.role === 'backend' && !acted.has(m.server_id)).length;
    for (const m of hit) {
      let effect: CascadeWording;
      if (m.role === 'backend') {
        effect = backendsLeft > 0 ? cascadeWording('effect.otherBackends', { count: backendsLeft }) : cascadeWording('effect.noBackend');
      } else if (holder?.server_id === m.server_id) {
        const next = survivors[0];
        effect = next
          ? cascadeWording('effect.failover', { vip, server: nameOf(next.server_id), role: roleWord(next.role) })
          : cascadeWording('effect.noTakeover', { vip });
      } else {
        const backups = survivors.filter((s) => s.server_id !== holder?.server_id).map((s) => nameOf(s.server_id));
        const holderName = holder ? nameOf(holder.server_id) : cascadeWording('group.theHolder');
        effect = backups.length ? cascadeWording('effect.backups', { servers: cascadeList(backups), vip }) : cascadeWording('effect.noBackup', { vip, holder: holderName });
      }
      const values = { group: g.name, role: roleWord(m.role), server: nameOf(m.server_id), effect };
      const text = cascadeWording(input.action === 'delete' ? 'group.delete' : 'group.stop', values);
      out.push(consequence({ kind: 'ha-group', id: g.id, name: g.name, role: m.role, text }));
    }
  }
  return out;
}

/** Every consequence, VIPs first, then HA groups; empty when nothing depends on the servers. */
export function serverCascade(input: CascadeInput): Consequence[] {
  const acted = new Map(input.servers.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => acted.get(id) ?? input.otherServer(id)?.name ?? id;
  return [...vipConsequences(input, nameOf), ...groupConsequences(input, nameOf)];
}
