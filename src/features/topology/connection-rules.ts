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

/**
 * What drawing an edge would do, in the domain's words: a NIC drawn to a VIP binds it (same subnet, not
 * bound yet); an EIP drawn to a VIP binds the EIP (one EIP per VIP, not bound elsewhere).
 */
export function judgeConnection(facts: ConnectionFacts, c: ConnectionAttempt): ConnectionVerdict {
  const nicPortId = portIdOfNicHandle(c.sourceHandle);
  const vip = c.target ? facts.vips[c.target] : undefined;
  if (nicPortId) {
    const nic = facts.nics[nicPortId];
    if (!nic) return { ok: false, reason: 'This NIC is not part of the diagram.' };
    if (!vip) return { ok: false, reason: `Draw ${nic.server_name}'s NIC ${nic.ip} to a virtual IP to bind it.` };
    const problem = checkVipBinding(vip, nic, vip.subnetName);
    return problem ? { ok: false, reason: problem.message } : { ok: true, kind: 'bind', vipNodeId: c.target!, nicPortId };
  }
  const eip = c.source ? facts.eips[c.source] : undefined;
  if (eip) {
    if (!vip) return { ok: false, reason: `Draw EIP ${eip.public_ip_address} to a virtual IP to bind it.` };
    const onTarget = vip.eipNodeId ? (facts.eips[vip.eipNodeId] ?? null) : null;
    const problem = checkEipBinding(eip, vip.id, onTarget);
    if (problem) return { ok: false, reason: problem.message };
    if (eip.port_id === vip.id) return { ok: false, reason: `EIP ${eip.public_ip_address} is already bound to ${vip.ip}.` };
    return { ok: true, kind: 'eip', vipNodeId: c.target!, eipNodeId: c.source! };
  }
  return { ok: false, reason: 'Draw from a server NIC or an EIP to a virtual IP.' };
}
