import { pairsWithBound, pairsWithCheck, pairsWithoutBound } from '../ha/apply-plan';
import { CHECK_OFF_SENTINEL, isSourceDestCheckOn, type AddressPair } from '../rules/source-dest-check';
import type { Wording } from '../text';
import { stepEnglish, stepWording, type StepWording } from './step-texts';

/**
 * The console's multi-call operations as data: each step changes ONE resource by a read-modify-write
 * (read it with its ETag, decide from what it holds now, write with `If-Match`). Deciding is pure and
 * lives here, so a step can be re-planned on the fresh data when another client wrote in between
 * (the backend's 412), and can tell from the data whether it is already done (Retry never does
 * anything twice). Every step that wrote knows its reversal (`undoOf`), computed from the state it saw
 * before writing, so Undo removes only what the step itself added.
 */

/** How a port's allowed-address pairs change. */
export type PairsEdit =
  /** Bind: put these NIC addresses into a VIP's pairs (existing pairs kept). */
  | { kind: 'add'; ips: string[] }
  /** Unbind: take these addresses out of a VIP's pairs. */
  | { kind: 'remove'; ips: string[] }
  /** A NIC's source/destination check: on = no sentinel pair, off = the sentinel `1.1.1.1/0`. */
  | { kind: 'check'; on: boolean };

/**
 * What every step has. `stage`: consecutive steps with the same stage change independent resources and
 * may run at the same time (the checks of several NICs); a step without one runs alone, after the steps
 * before it and before those after it (a bind's pairs before its checks).
 */
export interface StepCommon {
  id: string;
  /** English; `text` is the same sentence by key, for a screen to translate. */
  label: string;
  text?: StepWording;
  stage?: string;
}

export type PlanStep = StepCommon &
  (
    | { kind: 'port-pairs'; port_id: string; edit: PairsEdit }
    /** Bind an EIP to a port, or unbind it (`port_id: null`); `from` is the port an unbind expects it on. */
    | { kind: 'eip-port'; eip_id: string; port_id: string | null; from?: string }
    /** Change some fields of an HA group (members, status, ...); other fields are kept. */
    | { kind: 'group-update'; group_id: string; fields: Record<string, unknown> }
    | { kind: 'group-delete'; group_id: string }
    | { kind: 'eip-delete'; eip_id: string }
    | { kind: 'vip-delete'; vip_id: string }
  );

/** What a step finds it must do, given the resource as it is now. */
export type Decision<B> = { kind: 'write'; body: B } | { kind: 'done' } | { kind: 'blocked'; reason: string; text: StepWording };

const blocked = (text: StepWording) => ({ kind: 'blocked' as const, reason: stepEnglish(text), text });

const ipsOf = (pairs: readonly AddressPair[]) => new Set(pairs.map((p) => p.ip_address));

/** The new pair list of a port for an edit, or `done` when the port already shows it. */
export function decidePairs(pairs: readonly AddressPair[], edit: PairsEdit): Decision<AddressPair[]> {
  const present = ipsOf(pairs);
  switch (edit.kind) {
    case 'add':
      return edit.ips.every((ip) => present.has(ip)) ? { kind: 'done' } : { kind: 'write', body: pairsWithBound(pairs, edit.ips) };
    case 'remove':
      return edit.ips.some((ip) => present.has(ip)) ? { kind: 'write', body: pairsWithoutBound(pairs, edit.ips) } : { kind: 'done' };
    case 'check':
      return isSourceDestCheckOn(pairs) === edit.on ? { kind: 'done' } : { kind: 'write', body: pairsWithCheck(pairs, edit.on) };
  }
}

/** The EIP's new `port_id` (`''` unbinds). An EIP already bound to another port is not taken from it. */
export function decideEipPort(
  eip: { public_ip_address: string; port_id?: string | null },
  want: string | null,
  from?: string,
): Decision<string> {
  const now = eip.port_id || null;
  if (now === want) return { kind: 'done' };
  if (want !== null && now !== null) {
    return blocked(stepWording('blocked.eipElsewhere', { eip: eip.public_ip_address }));
  }
  if (want === null && from !== undefined && now !== from) {
    return blocked(stepWording('blocked.eipRebound', { eip: eip.public_ip_address }));
  }
  return { kind: 'write', body: want ?? '' };
}

/** The group fields to write, or `done` when the group already holds them. */
export function decideGroupFields<F extends object>(group: object, fields: F): Decision<F> {
  const current = group as Record<string, unknown>;
  const same = Object.entries(fields).every(([k, v]) => JSON.stringify(current[k]) === JSON.stringify(v));
  return same ? { kind: 'done' } : { kind: 'write', body: fields };
}

/** The resource a step read before it wrote, as far as its reversal needs it. */
export type SeenBefore =
  | { kind: 'port'; pairs: readonly AddressPair[] }
  | { kind: 'eip'; port_id?: string | null }
  | { kind: 'group'; fields: Record<string, unknown> };

/**
 * The step that reverses `step`, given what the resource held before the step wrote; null when there
 * is nothing of the step's own to reverse (deletes are not reversible and are planned last).
 */
export function undoOf(step: PlanStep, before: SeenBefore): PlanStep | null {
  const text = stepWording('undo', { step: step.text ?? step.label });
  const label = stepEnglish(text);
  if (step.kind === 'port-pairs' && before.kind === 'port') {
    const present = ipsOf(before.pairs);
    const edit = step.edit;
    if (edit.kind === 'add') {
      const added = edit.ips.filter((ip) => !present.has(ip));
      return added.length ? { ...step, id: `undo:${step.id}`, label, text, edit: { kind: 'remove', ips: added } } : null;
    }
    if (edit.kind === 'remove') {
      const removed = edit.ips.filter((ip) => present.has(ip));
      return removed.length ? { ...step, id: `undo:${step.id}`, label, text, edit: { kind: 'add', ips: removed } } : null;
    }
    const wasOn = isSourceDestCheckOn(before.pairs);
    return wasOn === edit.on ? null : { ...step, id: `undo:${step.id}`, label, text, edit: { kind: 'check', on: wasOn } };
  }
  if (step.kind === 'eip-port' && before.kind === 'eip') {
    const was = before.port_id || null;
    return was === step.port_id ? null : { ...step, id: `undo:${step.id}`, label, text, port_id: was, from: step.port_id ?? undefined };
  }
  if (step.kind === 'group-update' && before.kind === 'group') {
    const old = Object.fromEntries(Object.keys(step.fields).map((k) => [k, before.fields[k] ?? null]));
    return { ...step, id: `undo:${step.id}`, label, text, fields: old };
  }
  return null;
}

/** A list of addresses; the check-off sentinel alone is named as such. */
const listed = (ips: readonly string[]): string | Wording => {
  if (ips.length === 1 && ips[0] === CHECK_OFF_SENTINEL) return stepWording('change.sentinel', { ip: CHECK_OFF_SENTINEL });
  return ips.map((ip) => (ip === CHECK_OFF_SENTINEL ? stepEnglish(stepWording('change.sentinel', { ip })) : ip)).join(', ');
};

/**
 * What another client changed in a port's pairs between two reads, in the user's words:
 * "vip-web's pairs changed in another tab: 192.168.0.13 was added".
 */
export function describePairsChange(name: string, before: readonly AddressPair[], after: readonly AddressPair[]): string {
  return stepEnglish(pairsChangeWording(name, before, after));
}

/** `describePairsChange` as a sentence a screen can translate. */
export function pairsChangeWording(name: string, before: readonly AddressPair[], after: readonly AddressPair[]): StepWording {
  const was = ipsOf(before);
  const now = ipsOf(after);
  const added = [...now].filter((ip) => !was.has(ip));
  const removed = [...was].filter((ip) => !now.has(ip));
  if (added.length && removed.length) {
    return stepWording('change.addedRemoved', { name, added: listed(added), addedCount: added.length, removed: listed(removed), removedCount: removed.length });
  }
  if (added.length) return stepWording('change.added', { name, added: listed(added), addedCount: added.length });
  if (removed.length) return stepWording('change.removed', { name, removed: listed(removed), removedCount: removed.length });
  return stepWording('change.rewritten', { name });
}

/** What another client changed on an EIP's binding between two reads. */
export function describeEipChange(name: string, before: { port_id?: string | null }, after: { port_id?: string | null }): string {
  return stepEnglish(eipChangeWording(name, before, after));
}

/** `describeEipChange` as a sentence a screen can translate. */
export function eipChangeWording(name: string, before: { port_id?: string | null }, after: { port_id?: string | null }): StepWording {
  const was = before.port_id || null;
  const now = after.port_id || null;
  if (was === now) return stepWording('change.same', { name });
  return now ? stepWording('change.eipBound', { name, port: now }) : stepWording('change.eipUnbound', { name });
}
