import { t } from '@lingui/core/macro';
import { createEip } from '../api/eips/create-eip';
import { releaseEipIfUnchanged } from '../api/eips/delete-eip';
import { eipPortResource, setEipPort } from '../api/eips/update-eip';
import { createHaGroup, deleteHaGroup, editHaGroup, findHaGroup, type HaGroup, type HaGroupChange, type HaGroupFields } from '../api/ha-groups/save-ha-group';
import { ApiError, isNotFound } from '../api/client';
import { stepLabel } from '../api/step-text';
import { editPortPairs } from '../api/ports/edit-port-pairs';
import { fetchPort } from '../api/ports/get-port';
import { createVip } from '../api/vips/create-vip';
import { releaseVipIfUnchanged } from '../api/vips/delete-vip';
import type { AddressPair } from '../domain';
import { isStepDone, planUndo, withLogEntry, type ApplyLogEntry, type ApplySnapshot, type ApplyStep, type UndoAction } from '../domain/ha';
import { haKeys } from './keys';
import type { Workflow } from './runner';

/**
 * The HA wizard's Apply (domain `planHaApply`) as a workflow. Before each step it reads the data fresh
 * and skips a step already done, so Retry is safe; the group is saved first (incomplete) and its
 * `apply_log` is updated before and after each step, so a closed tab can be resumed from the group.
 * Undo reverses the log newest first (domain `planUndo`). Every change of an existing resource is a
 * read-modify-write with `If-Match`.
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
  const nics: Record<string, AddressPair[]> = {};
  for (const step of ctx.steps) {
    if (step.kind !== 'check-off' || !step.port_id) continue;
    const port = await orNull(() => fetchPort(step.port_id!));
    if (port) nics[step.port_id] = port.allowed_address_pairs;
  }
  const eipId = ctx.eipId ?? ctx.steps.find((s) => s.kind === 'bind-eip')?.eip_id ?? null;
  const eip = eipId ? await orNull(() => eipPortResource(eipId).read().then((r) => r.body)) : null;
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

/** Adds a line to the group's log (read-modify-write: a line another tab wrote is kept). */
async function record(ctx: ApplyContext, entry: ApplyLogEntry, extra: HaGroupChange = {}) {
  ctx.log = withLogEntry(ctx.log, entry);
  if (!ctx.groupId) return;
  const saved = await editHaGroup(ctx.groupId, (g) => ({ apply_log: withLogEntry(g.apply_log ?? [], entry), ...extra }));
  ctx.log = saved.after.apply_log ?? ctx.log;
}

async function execute(ctx: ApplyContext, step: ApplyStep): Promise<void> {
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
      // Only the addresses this step adds are its to undo: not those in the pairs before (nor those
      // another tab adds meanwhile, which the read-modify-write finds in `before`).
      const notIn = (pairs: readonly AddressPair[]) => (step.ips ?? []).filter((ip) => !pairs.some((p) => p.ip_address === ip));
      await record(ctx, entry('applying', { ips: notIn((await fetchPort(ctx.vipId!)).allowed_address_pairs) }));
      const r = await editPortPairs(ctx.vipId!, { kind: 'add', ips: step.ips ?? [] });
      await record(ctx, entry('applied', { ips: r.wrote ? notIn(r.before.allowed_address_pairs) : [] }));
      return;
    }
    case 'check-off': {
      await record(ctx, entry('applying'));
      await editPortPairs(step.port_id!, { kind: 'check', on: false });
      await record(ctx, entry('applied'));
      return;
    }
    case 'bind-eip': {
      const eipId = ctx.eipId ?? step.eip_id;
      if (!eipId || !ctx.vipId) throw new ApiError(400, 'Console.Plan', t`There is no EIP or virtual IP to bind; Undo and start again.`);
      await record(ctx, entry('applying'));
      await setEipPort(eipId, ctx.vipId);
      await record(ctx, entry('applied'));
      return;
    }
    case 'complete': {
      await editHaGroup(ctx.groupId!, { status: 'complete', apply_log: ctx.log });
      return;
    }
  }
}

async function undoOne(ctx: ApplyContext, action: UndoAction): Promise<void> {
  switch (action.kind) {
    case 'unbind-eip':
      await setEipPort(action.eip_id, null, ctx.vipId ?? undefined);
      return;
    case 'check-on':
      await editPortPairs(action.port_id, { kind: 'check', on: true });
      return;
    case 'unbind-vip':
      await editPortPairs(action.vip_id, { kind: 'remove', ips: action.ips });
      return;
    case 'release-eip':
      await releaseEipIfUnchanged(action.eip_id);
      return;
    case 'delete-group':
      if (ctx.groupId) await deleteHaGroup(ctx.groupId);
      return;
    case 'delete-vip':
      await releaseVipIfUnchanged(action.vip_id);
      return;
  }
}

/** The wizard's apply plan as a workflow for the runner; `ctx` is updated as the steps create things. */
export function haApplyWorkflow(ctx: ApplyContext): Workflow<ApplyStep> {
  return {
    steps: ctx.steps,
    keys: haKeys(),
    title: t`Setting up HA`,
    isDone: async (step) => isStepDone(step, await readSnapshot(ctx)),
    perform: async (step) => {
      await execute(ctx, step);
      return { already: false };
    },
    planUndo: async () => planUndo(ctx.steps, ctx.log, await readSnapshot(ctx)).map((action, i) => ({ id: `undo-${i}`, label: stepLabel(action), run: () => undoOne(ctx, action) })),
    afterUndo: async () => {
      if (ctx.groupId) await deleteHaGroup(ctx.groupId);
      ctx.groupId = null;
      ctx.vipId = ctx.log.some((e) => e.step === 'assign-vip') ? null : ctx.vipId;
      ctx.eipId = ctx.log.some((e) => e.step === 'buy-eip') ? null : ctx.eipId;
      ctx.log = [];
    },
  };
}
