import { stepEnglish, stepWording, type StepWording } from '../plans/step-texts';
import type { FlatWording } from '../text';
import { CHECK_OFF_SENTINEL, isSourceDestCheckOn, type AddressPair } from '../rules/source-dest-check';

/** A step's English label and its wording, for a screen to translate (the apply plan's wordings nest nothing). */
const say = (text: StepWording) => ({ label: stepEnglish(text), text: text as FlatWording });

/**
 * The HA wizard's Apply, as data. `planHaApply` turns the wizard's choices into ordered steps, each one
 * API call (or a short read-modify-write). Every step can tell from the current data whether it is
 * already done (`isStepDone`), so running the plan again (Retry) never does anything twice, and every
 * applied step can be reversed (`planUndo`), newest first, from what the apply log recorded.
 *
 * The plan and the log are saved on the HA group itself (status "incomplete" until the last step), so
 * a closed tab can be resumed: reopen the group, and Retry or Undo from where it stopped.
 * Field names are snake_case because the steps and the log travel on the wire as they are.
 */

export type ApplyStepKind = 'assign-vip' | 'save-group' | 'buy-eip' | 'bind-vip' | 'check-off' | 'bind-eip' | 'complete';

export interface ApplyStep {
  /** Unique in the plan: the kind, and for `check-off` the NIC's port id. */
  id: string;
  kind: ApplyStepKind;
  /** What the user reads in the progress list, in English; `text` is the same by key, to translate. */
  label: string;
  text?: FlatWording;
  /** `check-off`: the NIC port. */
  port_id?: string;
  /** `bind-vip`: the NIC addresses to add to the VIP's allowed-address pairs. */
  ips?: string[];
  /** `assign-vip`: the address asked for (absent: the first free one). */
  ip?: string;
  /** `assign-vip`, `buy-eip`: the new resource's name. */
  name?: string;
  /** `buy-eip`: bandwidth in Mbit/s. */
  bandwidth?: number;
  /** `bind-eip` of an EIP that existed before the wizard. */
  eip_id?: string;
}

/** One line of the apply log. `applying` is written before the call, `applied` after it answered. */
export interface ApplyLogEntry {
  step: string;
  state: 'applying' | 'applied';
  at: string;
  /** `assign-vip`: the new VIP's port id; `buy-eip`: the new EIP's id. */
  resource_id?: string;
  /** `bind-vip`: the addresses this step added (those already in the pairs are not its to remove). */
  ips?: string[];
}

export type HaMemberRole = 'active' | 'standby' | 'director' | 'backend';

export interface ApplyPlanInput {
  groupName: string;
  vip: { kind: 'existing'; ip: string } | { kind: 'new'; ip?: string; name?: string };
  /** Every member with its chosen NIC; VRRP members (active, standby, director) are bound to the VIP. */
  members: { serverName: string; portId: string; ip: string; role: HaMemberRole }[];
  eip: { kind: 'none' } | { kind: 'existing'; id: string; address: string } | { kind: 'new'; name: string; bandwidth: number };
}

export const isVrrpRole = (role: HaMemberRole): boolean => role !== 'backend';

/**
 * The steps, in order: assign the VIP (when new), save the group as incomplete (from then on the log
 * lives on the group), buy the EIP (when new), bind the VRRP members' NICs to the VIP, turn the
 * source/destination check off on every member's NIC (real servers too), bind the EIP, mark complete.
 */
export function planHaApply(input: ApplyPlanInput): ApplyStep[] {
  const steps: ApplyStep[] = [];
  const group = input.groupName;
  // The VIP's address when it is known now (an existing VIP, or a new one at a chosen address).
  const vipIp = input.vip.ip;
  if (input.vip.kind === 'new') {
    const text = vipIp ? stepWording('apply.assignVip', { ip: vipIp }) : stepWording('apply.assignFirstFree');
    steps.push({ id: 'assign-vip', kind: 'assign-vip', ...say(text), ip: vipIp, name: input.vip.name });
  }
  steps.push({ id: 'save-group', kind: 'save-group', ...say(stepWording('apply.saveGroup', { group })) });
  if (input.eip.kind === 'new') {
    const { name, bandwidth } = input.eip;
    steps.push({ id: 'buy-eip', kind: 'buy-eip', ...say(stepWording('apply.buyEip', { eip: name, bandwidth })), name, bandwidth });
  }
  const bound = input.members.filter((m) => isVrrpRole(m.role));
  const servers = bound.map((m) => `${m.serverName} (${m.ip})`).join(', ');
  steps.push({
    id: 'bind-vip',
    kind: 'bind-vip',
    ...say(vipIp ? stepWording('apply.bindVip', { vip: vipIp, servers }) : stepWording('apply.bindNewVip', { servers })),
    ips: bound.map((m) => m.ip),
  });
  for (const m of input.members) {
    steps.push({ id: `check-off:${m.portId}`, kind: 'check-off', ...say(stepWording('check.off', { nic: `${m.serverName} (${m.ip})` })), port_id: m.portId });
  }
  if (input.eip.kind !== 'none') {
    const eip = input.eip.kind === 'existing' ? input.eip.address : input.eip.name;
    const text = vipIp ? stepWording('apply.bindEip', { eip, vip: vipIp }) : stepWording('apply.bindEipNewVip', { eip });
    steps.push({ id: 'bind-eip', kind: 'bind-eip', ...say(text), eip_id: input.eip.kind === 'existing' ? input.eip.id : undefined });
  }
  steps.push({ id: 'complete', kind: 'complete', ...say(stepWording('apply.complete', { group })) });
  return steps;
}

/** What the steps need to know of the current data (read fresh before each run). */
export interface ApplySnapshot {
  group: { exists: boolean; status?: 'complete' | 'incomplete' };
  /** The group's VIP port, null when it does not exist (yet). */
  vip: { id: string; pairs: readonly AddressPair[] } | null;
  /** The members' NIC ports' pairs, by port id; missing when the port is gone. */
  nics: Readonly<Record<string, readonly AddressPair[]>>;
  /** The EIP of the group (chosen, or bought by `buy-eip`), null when none exists (yet). */
  eip: { id: string; port_id?: string } | null;
}

/** Whether the data already shows the step's effect: then running it again would do it twice. */
export function isStepDone(step: ApplyStep, snap: ApplySnapshot): boolean {
  switch (step.kind) {
    case 'assign-vip':
      return snap.vip !== null;
    case 'save-group':
      return snap.group.exists;
    case 'buy-eip':
      return snap.eip !== null;
    case 'bind-vip': {
      const pairs = new Set((snap.vip?.pairs ?? []).map((p) => p.ip_address));
      return snap.vip !== null && (step.ips ?? []).every((ip) => pairs.has(ip));
    }
    case 'check-off': {
      const pairs = snap.nics[step.port_id ?? ''];
      return pairs !== undefined && !isSourceDestCheckOn(pairs);
    }
    case 'bind-eip':
      return snap.eip !== null && snap.vip !== null && snap.eip.port_id === snap.vip.id;
    case 'complete':
      return snap.group.exists && snap.group.status === 'complete';
  }
}

/** The first step not done yet, or null when the plan is through. */
export function nextStep(steps: readonly ApplyStep[], snap: ApplySnapshot): ApplyStep | null {
  return steps.find((s) => !isStepDone(s, snap)) ?? null;
}

/** The addresses `bind-vip` will add: those not in the pairs already (only these are its to undo). */
export function ipsToBind(step: ApplyStep, snap: ApplySnapshot): string[] {
  const pairs = new Set((snap.vip?.pairs ?? []).map((p) => p.ip_address));
  return (step.ips ?? []).filter((ip) => !pairs.has(ip));
}

/** The VIP's pairs with `ips` added once (existing pairs kept, in their order). */
export function pairsWithBound(pairs: readonly AddressPair[], ips: readonly string[]): AddressPair[] {
  const known = new Set(pairs.map((p) => p.ip_address));
  return [...pairs, ...ips.filter((ip) => !known.has(ip)).map((ip) => ({ ip_address: ip }))];
}

/** The VIP's pairs without `ips`. */
export function pairsWithoutBound(pairs: readonly AddressPair[], ips: readonly string[]): AddressPair[] {
  const gone = new Set(ips);
  return pairs.filter((p) => !gone.has(p.ip_address));
}

/** A NIC's pairs with the check-off sentinel (added once) or without it. */
export function pairsWithCheck(pairs: readonly AddressPair[], on: boolean): AddressPair[] {
  const others = pairs.filter((p) => p.ip_address !== CHECK_OFF_SENTINEL);
  return on ? others : [...others, { ip_address: CHECK_OFF_SENTINEL }];
}

/** Records a step's entry in the log, replacing an earlier entry of the same step. */
export function withLogEntry(log: readonly ApplyLogEntry[], entry: ApplyLogEntry): ApplyLogEntry[] {
  return [...log.filter((e) => e.step !== entry.step), entry];
}

export type UndoAction = { label: string; text: FlatWording } & (
  | { kind: 'unbind-eip'; eip_id: string }
  | { kind: 'check-on'; port_id: string }
  | { kind: 'unbind-vip'; vip_id: string; ips: string[] }
  | { kind: 'release-eip'; eip_id: string }
  | { kind: 'delete-group' }
  | { kind: 'delete-vip'; vip_id: string }
);

/** The NIC a `check-off` step names ("ecs-web-01 (192.168.0.11)"), from its wording or its English label. */
const nicOfCheckStep = (step: ApplyStep): string => {
  const nic = step.text?.values.nic;
  return typeof nic === 'string' ? nic : step.label.replace(/^Turn off Source\/Destination Check on /, '');
};

/**
 * What Undo does, newest first: for each step the log says was applied (or was being applied when the
 * tab closed), the reversal, but only while the data still shows the step's effect (so Undo, too, is
 * safe to repeat). Steps found done before the wizard touched them are not in the log and are left alone
 * (a NIC whose check was already off keeps it off). Deleting a VIP the wizard assigned also deletes the
 * group (the backend drops a VIP's groups with it), so then no separate group delete is planned.
 */
export function planUndo(steps: readonly ApplyStep[], log: readonly ApplyLogEntry[], snap: ApplySnapshot): UndoAction[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const assigned = log.find((e) => e.step === 'assign-vip')?.resource_id;
  const deletesVip = assigned !== undefined && snap.vip?.id === assigned;
  const actions: UndoAction[] = [];
  for (const entry of [...log].reverse()) {
    const step = byId.get(entry.step);
    if (!step) continue;
    switch (step.kind) {
      case 'bind-eip':
        if (snap.eip && snap.vip && snap.eip.port_id === snap.vip.id) actions.push({ kind: 'unbind-eip', eip_id: snap.eip.id, ...say(stepWording('applyUndo.unbindEip')) });
        break;
      case 'check-off': {
        const pairs = snap.nics[step.port_id ?? ''];
        if (pairs && !isSourceDestCheckOn(pairs)) {
          actions.push({ kind: 'check-on', port_id: step.port_id!, ...say(stepWording('check.on', { nic: nicOfCheckStep(step) })) });
        }
        break;
      }
      case 'bind-vip': {
        const present = new Set((snap.vip?.pairs ?? []).map((p) => p.ip_address));
        const ips = (entry.ips ?? []).filter((ip) => present.has(ip));
        if (snap.vip && ips.length > 0) actions.push({ kind: 'unbind-vip', vip_id: snap.vip.id, ips, ...say(stepWording('applyUndo.unbindVip', { ips: ips.join(', ') })) });
        break;
      }
      case 'buy-eip':
        if (entry.resource_id && snap.eip?.id === entry.resource_id) {
          const text = step.name ? stepWording('applyUndo.releaseEip', { eip: step.name }) : stepWording('applyUndo.releaseAnEip');
          actions.push({ kind: 'release-eip', eip_id: entry.resource_id, ...say(text) });
        }
        break;
      case 'save-group':
        if (snap.group.exists && !deletesVip) actions.push({ kind: 'delete-group', ...say(stepWording('applyUndo.deleteGroup')) });
        break;
      case 'assign-vip':
        if (deletesVip) actions.push({ kind: 'delete-vip', vip_id: assigned!, ...say(stepWording('applyUndo.deleteVip')) });
        break;
      case 'complete':
        break;
    }
  }
  return actions;
}
