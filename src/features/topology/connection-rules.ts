import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { checkEipBinding, checkVipBinding } from '../../domain';
import { portIdOfNicHandle, type ConnectionFacts } from './model';

export interface ConnectionAttempt {
  source: string | null;
  sourceHandle?: string | null;
  target: string | null;
  targetHandle?: string | null;
}

export type ConnectionVerdict =
  | { ok: true; kind: 'bind'; vipNodeId: string; nicPortId: string }
  | { ok: true; kind: 'eip'; vipNodeId: string; eipNodeId: string }
  | { ok: false; reason: string };

const refuse = (reason: MessageDescriptor): ConnectionVerdict => ({ ok: false, reason: i18n._(reason) });

/**
 * What drawing an edge would do, by the domain's rules: a NIC drawn to a VIP binds it (same subnet, not
 * bound yet); an EIP drawn to a VIP binds the EIP (one EIP per VIP, not bound elsewhere). The domain
 * decides; the refusal is said here again, from the same facts, in the console's language at the time of
 * the call (a render or a drop).
 */
export function judgeConnection(facts: ConnectionFacts, c: ConnectionAttempt): ConnectionVerdict {
  const nicPortId = portIdOfNicHandle(c.sourceHandle);
  const vip = c.target ? facts.vips[c.target] : undefined;
  if (nicPortId) {
    const nic = facts.nics[nicPortId];
    if (!nic) return refuse(msg`This NIC is not part of the diagram.`);
    const server = nic.server_name;
    const ip = nic.ip;
    if (!vip) return refuse(msg`Draw ${server}'s NIC ${ip} to a virtual IP to bind it.`);
    if (!checkVipBinding(vip, nic, vip.subnetName)) return { ok: true, kind: 'bind', vipNodeId: c.target!, nicPortId };
    const subnet = nic.subnet_name;
    const vipSubnet = vip.subnetName;
    const vipIp = vip.ip;
    return refuse(
      nic.network_id !== vip.network_id
        ? msg`${server} (${ip}) is in subnet ${subnet}; a virtual IP can be bound only to servers in its own subnet (${vipSubnet}).`
        : msg`${server} (${ip}) is already bound to ${vipIp}.`,
    );
  }
  const eip = c.source ? facts.eips[c.source] : undefined;
  if (eip) {
    const address = eip.public_ip_address;
    if (!vip) return refuse(msg`Draw EIP ${address} to a virtual IP to bind it.`);
    const onTarget = vip.eipNodeId ? (facts.eips[vip.eipNodeId] ?? null) : null;
    if (checkEipBinding(eip, vip.id, onTarget)) return refuse(eipRefusal(eip, vip.id, onTarget));
    const vipIp = vip.ip;
    if (eip.port_id === vip.id) return refuse(msg`EIP ${address} is already bound to ${vipIp}.`);
    return { ok: true, kind: 'eip', vipNodeId: c.target!, eipNodeId: c.source! };
  }
  return refuse(msg`Draw from a server NIC or an EIP to a virtual IP.`);
}

type EipFact = ConnectionFacts['eips'][string];

/** Why the domain refused an EIP on this VIP: the EIP is bound elsewhere, or the VIP has another EIP. */
function eipRefusal(eip: EipFact, vipPortId: string, onTarget: EipFact | null): MessageDescriptor {
  const address = eip.public_ip_address;
  if (eip.port_id && eip.port_id !== vipPortId) {
    const where = eip.private_ip_address;
    return where ? msg`EIP ${address} is already bound to ${where}; unbind it there first.` : msg`EIP ${address} is already bound to another port; unbind it there first.`;
  }
  const other = onTarget?.public_ip_address ?? '';
  return msg`This address already has EIP ${other}, and only one EIP can be bound to it; unbind ${other} first.`;
}
