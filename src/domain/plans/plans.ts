import { stepEnglish, stepWording, type StepWording } from './step-texts';
import type { PlanStep } from './steps';

/** A step's English label and its wording, for a screen to translate. */
const say = (text: StepWording) => ({ label: stepEnglish(text), text });

/** A NIC as the plans name it. */
export interface NicTarget {
  portId: string;
  ip: string;
  /** "ecs-web-01 (192.168.0.11)". */
  label: string;
}

/**
 * The console's bind, as Huawei's console does it: put the NICs' addresses into the VIP port's pairs,
 * then turn the source/destination check off on each NIC (the raw API leaves that to the user). The
 * checks are one stage: each changes its own NIC, so they run at the same time, after the pairs.
 */
export function planBind(vip: { id: string; ip: string }, targets: readonly NicTarget[]): PlanStep[] {
  return [
    {
      id: 'pairs',
      kind: 'port-pairs',
      port_id: vip.id,
      edit: { kind: 'add', ips: targets.map((t) => t.ip) },
      ...say(stepWording('pairs.add', { ips: targets.map((t) => t.ip).join(', '), vip: vip.ip })),
    },
    ...targets.map((t): PlanStep => ({ ...planCheck(t, false)[0], stage: 'checks' })),
  ];
}

/** Unbind takes the NIC's address out of the VIP's pairs; the NIC's check is left as it is. */
export function planUnbind(vip: { id: string; ip: string }, nic: { ip: string; label: string }): PlanStep[] {
  return [{ id: 'pairs', kind: 'port-pairs', port_id: vip.id, edit: { kind: 'remove', ips: [nic.ip] }, ...say(stepWording('pairs.unbind', { nic: nic.label, vip: vip.ip })) }];
}

/** The Source/Destination Check switch of one NIC. */
export function planCheck(nic: NicTarget, on: boolean): PlanStep[] {
  return [
    {
      id: `check:${nic.portId}`,
      kind: 'port-pairs',
      port_id: nic.portId,
      edit: { kind: 'check', on },
      ...say(stepWording(on ? 'check.on' : 'check.off', { nic: nic.label })),
    },
  ];
}

/** Bind an EIP to a VIP port (`vip`), or unbind it from the port it is on (`vip: null`, `from`). */
export function planEipPort(eip: { id: string; address: string }, vip: { id: string; ip: string } | null, from?: { id: string; ip: string }): PlanStep[] {
  return [
    vip
      ? { id: 'eip', kind: 'eip-port', eip_id: eip.id, port_id: vip.id, ...say(stepWording('eip.bind', { eip: eip.address, vip: vip.ip })) }
      : {
          id: 'eip',
          kind: 'eip-port',
          eip_id: eip.id,
          port_id: null,
          from: from?.id,
          ...say(from ? stepWording('eip.unbindFrom', { eip: eip.address, vip: from.ip }) : stepWording('eip.unbind', { eip: eip.address })),
        },
  ];
}

export interface HaMemberChange {
  serverName: string;
  portId: string;
  ip: string;
  /** VRRP members (active, standby, director) are bound to the VIP; real servers only get the check off. */
  vrrp: boolean;
}

/**
 * Editing an HA group's members: bind the new VRRP members to the VIP, turn the check off on every
 * new member, save the group, then unbind the removed VRRP members (their check is left as it is).
 */
export function planHaEdit(input: {
  group: { id: string; name: string; vipPortId: string; vipIp: string };
  members: unknown[];
  added: readonly HaMemberChange[];
  removed: readonly HaMemberChange[];
}): PlanStep[] {
  const { group } = input;
  const steps: PlanStep[] = [];
  const addedVrrp = input.added.filter((m) => m.vrrp);
  if (addedVrrp.length) {
    steps.push({
      id: 'bind',
      kind: 'port-pairs',
      port_id: group.vipPortId,
      edit: { kind: 'add', ips: addedVrrp.map((m) => m.ip) },
      ...say(stepWording('haEdit.bind', { servers: addedVrrp.map((m) => m.serverName).join(', '), vip: group.vipIp })),
    });
  }
  for (const m of input.added) steps.push({ ...planCheck({ portId: m.portId, ip: m.ip, label: m.serverName }, false)[0], stage: 'checks' });
  steps.push({ id: 'save', kind: 'group-update', group_id: group.id, fields: { members: input.members }, ...say(stepWording('haEdit.save', { group: group.name })) });
  const removedVrrp = input.removed.filter((m) => m.vrrp);
  if (removedVrrp.length) {
    steps.push({
      id: 'unbind',
      kind: 'port-pairs',
      port_id: group.vipPortId,
      edit: { kind: 'remove', ips: removedVrrp.map((m) => m.ip) },
      ...say(stepWording('haEdit.unbind', { servers: removedVrrp.map((m) => m.serverName).join(', '), vip: group.vipIp })),
    });
  }
  return steps;
}

/**
 * Deleting an HA group: unbind the EIP (when it is released, or the VIP is), release the EIP on
 * request, unbind the members' addresses from the VIP, delete the group, release the VIP on request.
 */
export function planHaDelete(input: {
  group: { id: string; name: string; vipPortId: string; vipIp: string };
  memberIps: readonly string[];
  eip: { id: string; address: string } | null;
  releaseVip: boolean;
  releaseEip: boolean;
}): PlanStep[] {
  const { group, eip } = input;
  const steps: PlanStep[] = [];
  if (eip && (input.releaseEip || input.releaseVip)) steps.push(...planEipPort(eip, null, { id: group.vipPortId, ip: group.vipIp }));
  if (eip && input.releaseEip) steps.push({ id: 'eip-delete', kind: 'eip-delete', eip_id: eip.id, ...say(stepWording('haDelete.releaseEip', { eip: eip.address })) });
  steps.push({ id: 'unbind', kind: 'port-pairs', port_id: group.vipPortId, edit: { kind: 'remove', ips: [...input.memberIps] }, ...say(stepWording('haDelete.unbind', { vip: group.vipIp })) });
  steps.push({ id: 'group-delete', kind: 'group-delete', group_id: group.id, ...say(stepWording('haDelete.group', { group: group.name })) });
  if (input.releaseVip) steps.push({ id: 'vip-delete', kind: 'vip-delete', vip_id: group.vipPortId, ...say(stepWording('haDelete.releaseVip', { vip: group.vipIp })) });
  return steps;
}
