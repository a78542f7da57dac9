import { ruleEnglish, ruleWording } from './messages';
import { isSourceDestCheckOn, type AddressPair } from './source-dest-check';

/** What the rule needs of a port (a VIP or a NIC): the fields of Huawei's port, nothing more. */
export interface PortFacts {
  id: string;
  /** v1 subnet id. */
  network_id: string;
  fixed_ips: readonly { ip_address: string }[];
  allowed_address_pairs: readonly AddressPair[];
  /** The server of a NIC; "" for a VIP. */
  device_id: string;
}

/**
 * A NIC that holds a VIP (one of its fixed IPs is in the VIP's pairs, same subnet) while its own
 * source/destination check is still on: the network drops the VIP's traffic on that NIC. The console's
 * bind turns the check off; a bind through the raw API, or one whose second step failed, leaves this.
 */
export interface HalfDoneBinding {
  nicPortId: string;
  nicIp: string;
  serverId: string;
  vipId: string;
  vipIp: string;
}

/** The words every screen uses for the flag, so the VIP list, server page and HA group page agree. */
export const HALF_DONE_LABEL = ruleEnglish(ruleWording('halfDone.label'));

/** The flag's explanation as a sentence a screen can translate (`halfDone.message`). */
export const halfDoneWording = (b: Pick<HalfDoneBinding, 'nicIp' | 'vipIp'>) => ruleWording('halfDone.message', { nic: b.nicIp, vip: b.vipIp });

export function halfDoneMessage(b: Pick<HalfDoneBinding, 'nicIp' | 'vipIp'>): string {
  return ruleEnglish(halfDoneWording(b));
}

/**
 * Every (NIC, VIP) binding whose NIC still has the check on. NICs whose check is off, VIPs no NIC of
 * the list holds, and ports that are not NICs (no `device_id`) give nothing. Deterministic order: by
 * NIC, then by VIP, as given.
 */
export function halfDoneBindings(vips: readonly PortFacts[], nics: readonly PortFacts[]): HalfDoneBinding[] {
  const found: HalfDoneBinding[] = [];
  const seen = new Set<string>();
  for (const nic of nics) {
    if (!nic.device_id || !isSourceDestCheckOn(nic.allowed_address_pairs)) continue;
    const ips = new Set(nic.fixed_ips.map((f) => f.ip_address));
    for (const vip of vips) {
      if (vip.network_id !== nic.network_id) continue;
      const held = vip.allowed_address_pairs.find((p) => ips.has(p.ip_address));
      const key = `${nic.id}|${vip.id}`;
      if (!held || seen.has(key)) continue;
      seen.add(key);
      found.push({ nicPortId: nic.id, nicIp: held.ip_address, serverId: nic.device_id, vipId: vip.id, vipIp: vip.fixed_ips[0]?.ip_address ?? '' });
    }
  }
  return found;
}
