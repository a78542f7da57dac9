import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { HaGroup, Port, PublicIp } from '../../contract';
import {
  ipsToBind,
  isStepDone,
  pairsWithBound,
  pairsWithCheck,
  pairsWithoutBound,
  planUndo,
  withLogEntry,
  type ApplyLogEntry,
  type ApplySnapshot,
  type ApplyStep,
  type UndoAction,
} from '../../domain/ha';
import { ApiError, apiFetch, errorMessage, isNotFound, v1 } from '../client';
import { createEip } from '../eips/create-eip';
import { deleteEip } from '../eips/delete-eip';
import { eipKeys } from '../eips/keys';
import { setEipPort } from '../eips/update-eip';
import { fetchPort } from '../ports/get-port';
import { updatePortPairs } from '../ports/set-source-dest-check';
import { createVip } from '../vips/create-vip';
import { deleteVip } from '../vips/delete-vip';
import { invalidateBinding } from '../vips/invalidate-binding';
import type { StepStatus } from '../vips/bind-vip';
import { haGroupKeys } from './keys';
import { createHaGroup, deleteHaGroup, findHaGroup, updateHaGroup, type HaGroupFields } from './save-ha-group';

/**
 * Runs the HA wizard's apply plan (domain `planHaApply`) against the API, one visible step at a time.
 * Before each run it reads the data fresh and skips every step already done, so Retry is safe; the
 * group is saved first (incomplete) and its `apply_log` is updated before and after each step, so a
 * closed tab can be resumed from the group. Undo reverses the log newest first (domain `planUndo`).
 */
export interface ApplyContext {
  steps: ApplyStep[];
  log: ApplyLogEntry[];
  groupId: string | null;
  /** The group to save at `save-group`; `vip_port_id` is filled from `assign-vip` when the VIP is new. */
  group: HaGroupFields;
  /** Where `assign-vip` creates the VIP. */
  subnet: { id: string; neutronSubnetId: string };
  vipId: string | null;
  eipId: string | null;
}

export interface StepView {
  id: string;
  label: string;
  status: StepStatus;
  error?: string;
  /** Done before this run (by an earlier run, or by hand): shown as such. */
  already?: boolean;
}

const now = () => new Date().toISOString();

async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

export async function readSnapshot(ctx: ApplyContext): Promise<ApplySnapshot> {
  const group = ctx.groupId ? await findHaGroup(ctx.groupId) : null;
  const vip = ctx.vipId ? await orNull(() => fetchPort(ctx.vipId!)) : null;
  const nics: Record<string, Port['allowed_address_pairs']> = {};
  for (const step of ctx.steps) {
    if (step.kind !== 'check-off' || !step.port_id) continue;
    const port = await orNull(() => fetchPort(step.port_id!));
    if (port) nics[step.port_id] = port.allowed_address_pairs;
  }
  const eipId = ctx.eipId ?? ctx.steps.find((s) => s.kind === 'bind-eip')?.eip_id ?? null;
  const eip = eipId ? await orNull(() => apiFetch<{ publicip: PublicIp }>(v1(`/publicips/${eipId}`)).then((b) => b.publicip)) : null;
  return {
    group: { exists: group !== null, status: group?.status },
    vip: vip ? { id: vip.id, pairs: vip.allowed_address_pairs } : null,
    nics,
    eip: eip ? { id: eip.id, port_id: eip.port_id } : null,
  };
}

/** The context to resume a group saved by the wizard (from its stored plan and log). */
export function contextOfGroup(group: HaGroup): ApplyContext {
  const { id: _id, created_at: _c, updated_at: _u, ...fields } = group;
  const log = group.apply_log ?? [];
  return {
    steps: group.apply_plan ?? [],
    log,
    groupId: group.id,
    group: fields,
    subnet: { id: '', neutronSubnetId: '' },
    vipId: group.vip_port_id,
    eipId: group.eip_id ?? log.find((e) => e.step === 'buy-eip')?.resource_id ?? null,
  };
}

async function record(ctx: ApplyContext, entry: ApplyLogEntry, extra: Partial<HaGroupFields> = {}) {
  ctx.log = withLogEntry(ctx.log, entry);
  if (ctx.groupId) await updateHaGroup(ctx.groupId, { apply_log: ctx.log, ...extra });
}

async function execute(ctx: ApplyContext, step: ApplyStep, snap: ApplySnapshot): Promise<void> {
  const entry = (state: ApplyLogEntry['state'], more: Partial<ApplyLogEntry> = {}): ApplyLogEntry => ({ step: step.id, state, at: now(), ...more });
  switch (step.kind) {
    case 'assign-vip': {
      const vip = await createVip({ networkId: ctx.subnet.id, neutronSubnetId: ctx.subnet.neutronSubnetId, ipAddress: step.ip, name: step.name });
      ctx.vipId = vip.id;
      ctx.group = { ...ctx.group, vip_port_id: vip.id };
      await record(ctx, entry('applied', { resource_id: vip.id }));
      return;
    }
    case 'save-group': {
      const log = withLogEntry(ctx.log, entry('applied'));
      const group = await createHaGroup({ ...ctx.group, vip_port_id: ctx.vipId ?? ctx.group.vip_port_id, status: 'incomplete', apply_plan: ctx.steps, apply_log: log });
      ctx.groupId = group.id;
      ctx.log = log;
      return;
    }
    case 'buy-eip': {
      await record(ctx, entry('applying'));
      const eip = await createEip({ name: step.name ?? '', bandwidthSize: step.bandwidth ?? 5 });
      ctx.eipId = eip.id;
      ctx.group = { ...ctx.group, eip_id: eip.id };
      await record(ctx, entry('applied', { resource_id: eip.id }), { eip_id: eip.id });
      return;
    }
    case 'bind-vip': {
      const ips = ipsToBind(step, snap);
      await record(ctx, entry('applying', { ips }));
      const vip = await fetchPort(ctx.vipId!);
      await updatePortPairs(vip.id, pairsWithBound(vip.allowed_address_pairs, ips));
      await record(ctx, entry('applied', { ips }));
      return;
    }
    case 'check-off': {
      await record(ctx, entry('applying'));
      const nic = await fetchPort(step.port_id!);
      await updatePortPairs(nic.id, pairsWithCheck(nic.allowed_address_pairs, false));
      await record(ctx, entry('applied'));
      return;
    }
    case 'bind-eip': {
      const eipId = ctx.eipId ?? step.eip_id;
      if (!eipId || !ctx.vipId) throw new ApiError(400, 'Console.Plan', 'There is no EIP or virtual IP to bind; Undo and start again.');
      await record(ctx, entry('applying'));
      await setEipPort(eipId, ctx.vipId);
      await record(ctx, entry('applied'));
      return;
    }
    case 'complete': {
      await updateHaGroup(ctx.groupId!, { status: 'complete', apply_log: ctx.log });
      return;
    }
  }
}

async function undoOne(ctx: ApplyContext, action: UndoAction): Promise<void> {
  switch (action.kind) {
    case 'unbind-eip':
      await setEipPort(action.eip_id, null);
      return;
    case 'check-on': {
      const nic = await fetchPort(action.port_id);
      await updatePortPairs(nic.id, pairsWithCheck(nic.allowed_address_pairs, true));
      return;
    }
    case 'unbind-vip': {
      const vip = await fetchPort(action.vip_id);
      await updatePortPairs(vip.id, pairsWithoutBound(vip.allowed_address_pairs, action.ips));
      return;
    }
    case 'release-eip':
      await deleteEip(action.eip_id);
      return;
    case 'delete-group':
      if (ctx.groupId) await deleteHaGroup(ctx.groupId);
      return;
    case 'delete-vip':
      await deleteVip(action.vip_id);
      return;
  }
}

export type ApplyPhase = 'idle' | 'checking' | 'running' | 'failed' | 'done' | 'undoing' | 'undo-failed' | 'undone';

export type Report = (id: string, change: Partial<StepView>) => void;

/**
 * Runs the plan from the top: each step is checked against fresh data first and skipped when done
 * (`already`), so running again after a failure (Retry) continues where it stopped. Resolves true when
 * every step is done, false at the first failure (the step reports the backend's message).
 */
export async function runApply(ctx: ApplyContext, report: Report): Promise<boolean> {
  for (const step of ctx.steps) {
    let snap: ApplySnapshot;
    try {
      snap = await readSnapshot(ctx);
    } catch (err) {
      report(step.id, { status: 'failed', error: errorMessage(err) });
      return false;
    }
    if (isStepDone(step, snap)) {
      report(step.id, { status: 'done', error: undefined });
      continue;
    }
    report(step.id, { status: 'running', error: undefined, already: false });
    try {
      await execute(ctx, step, snap);
      report(step.id, { status: 'done' });
    } catch (err) {
      report(step.id, { status: 'failed', error: errorMessage(err) });
      return false;
    }
  }
  return true;
}

/**
 * Reverses what the log says was applied, newest first (domain `planUndo`), reporting each reversal as
 * it is planned and run. Afterwards no group is left. Resolves true when everything is undone.
 */
export async function runUndo(ctx: ApplyContext, report: (steps: StepView[]) => void): Promise<boolean> {
  let views: StepView[] = [];
  const set = (i: number, change: Partial<StepView>) => {
    views = views.map((v, j) => (j === i ? { ...v, ...change } : v));
    report(views);
  };
  let actions: UndoAction[];
  try {
    actions = planUndo(ctx.steps, ctx.log, await readSnapshot(ctx));
  } catch (err) {
    report([{ id: 'undo-read', label: 'Read the current state', status: 'failed', error: errorMessage(err) }]);
    return false;
  }
  views = actions.map((a, i) => ({ id: `undo-${i}`, label: a.label, status: 'pending' }));
  report(views);
  for (const [i, action] of actions.entries()) {
    set(i, { status: 'running' });
    try {
      await undoOne(ctx, action);
      set(i, { status: 'done' });
    } catch (err) {
      set(i, { status: 'failed', error: errorMessage(err) });
      return false;
    }
  }
  try {
    if (ctx.groupId && (await findHaGroup(ctx.groupId))) await deleteHaGroup(ctx.groupId);
  } catch (err) {
    views = [...views, { id: 'undo-group', label: 'Delete the HA group', status: 'failed', error: errorMessage(err) }];
    report(views);
    return false;
  }
  ctx.groupId = null;
  ctx.vipId = ctx.log.some((e) => e.step === 'assign-vip') ? null : ctx.vipId;
  ctx.eipId = ctx.log.some((e) => e.step === 'buy-eip') ? null : ctx.eipId;
  ctx.log = [];
  return true;
}

const initialViews = (steps: readonly ApplyStep[], snap: ApplySnapshot | null): StepView[] =>
  steps.map((s) => {
    const done = snap !== null && isStepDone(s, snap);
    return { id: s.id, label: s.label, status: done ? 'done' : 'pending', already: done };
  });

/**
 * The apply runner for a screen: `start` a new plan, `resume` a saved group (reads its state and waits
 * for Retry or Undo), `retry`, `undo`. Steps report their state as they go; a failed step keeps the
 * backend's message.
 */
export function useHaApply() {
  const qc = useQueryClient();
  const ctxRef = useRef<ApplyContext | null>(null);
  const [steps, setSteps] = useState<StepView[]>([]);
  const [undoSteps, setUndoSteps] = useState<StepView[]>([]);
  const [phase, setPhase] = useState<ApplyPhase>('idle');
  const [groupId, setGroupId] = useState<string | null>(null);

  const invalidate = useCallback(
    () =>
      Promise.all([
        invalidateBinding(qc),
        qc.invalidateQueries({ queryKey: haGroupKeys.all }),
        qc.invalidateQueries({ queryKey: eipKeys.all }),
        qc.invalidateQueries({ queryKey: ['subnets'] }),
      ]),
    [qc],
  );

  const run = useCallback(async () => {
    const ctx = ctxRef.current;
    if (!ctx) return;
    setPhase('running');
    setUndoSteps([]);
    const report: Report = (id, change) => {
      setGroupId(ctx.groupId);
      setSteps((list) =>
        list.map((s) => {
          if (s.id !== id) return s;
          // A step found done that this screen has not seen done was done before this run.
          const already = change.status === 'done' && change.already === undefined && s.status !== 'running' && s.status !== 'done' ? true : (change.already ?? s.already);
          return { ...s, ...change, already };
        }),
      );
    };
    try {
      setPhase((await runApply(ctx, report)) ? 'done' : 'failed');
    } finally {
      await invalidate();
    }
  }, [invalidate]);

  /** Starts a fresh plan. */
  const start = useCallback(
    (ctx: ApplyContext) => {
      ctxRef.current = { ...ctx, log: [...ctx.log] };
      setGroupId(ctx.groupId);
      setSteps(initialViews(ctx.steps, null));
      return run();
    },
    [run],
  );

  /** Loads a saved group's plan and shows how far it got; Retry or Undo continue from there. */
  const resume = useCallback(async (group: HaGroup) => {
    const ctx = contextOfGroup(group);
    ctxRef.current = ctx;
    setGroupId(group.id);
    setPhase('checking');
    try {
      setSteps(initialViews(ctx.steps, await readSnapshot(ctx)));
      setPhase(group.status === 'complete' ? 'done' : 'failed');
    } catch (err) {
      setSteps(initialViews(ctx.steps, null).map((s, i) => (i === 0 ? { ...s, status: 'failed', error: errorMessage(err) } : s)));
      setPhase('failed');
    }
  }, []);

  const undo = useCallback(async () => {
    const ctx = ctxRef.current;
    if (!ctx) return;
    setPhase('undoing');
    try {
      const ok = await runUndo(ctx, setUndoSteps);
      if (ok) {
        setGroupId(null);
        setSteps((list) => list.map((s) => ({ ...s, status: 'pending', error: undefined, already: false })));
      }
      setPhase(ok ? 'undone' : 'undo-failed');
    } finally {
      await invalidate();
    }
  }, [invalidate]);

  return { steps, undoSteps, phase, groupId, start, resume, retry: run, undo };
}
