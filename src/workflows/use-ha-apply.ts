import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { stepLabel } from '../api/step-text';
import type { HaGroup } from '../api/ha-groups/save-ha-group';
import { isStepDone, type ApplySnapshot, type ApplyStep } from '../domain/ha';
import { contextOfGroup, haApplyWorkflow, readSnapshot, type ApplyContext } from './ha-apply';
import type { StepView } from './runner';
import { useWorkflow } from './use-workflow';

const initialViews = (steps: readonly ApplyStep[], snap: ApplySnapshot | null): StepView[] =>
  steps.map((s) => {
    const done = snap !== null && isStepDone(s, snap);
    return { id: s.id, label: stepLabel(s), status: done ? 'done' : 'pending', already: done };
  });

/**
 * The HA apply for a screen: `start` a new plan, `resume` a saved group (reads its state and waits
 * for Retry or Undo), `retry`, `undo`. `groupId` is the saved group, once there is one.
 */
export function useHaApply() {
  const ctxRef = useRef<ApplyContext | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  // The group is saved by a step: show its id as soon as it exists (the wizard puts it in the URL).
  const flow = useWorkflow({ onProgress: () => setGroupId(ctxRef.current?.groupId ?? null) });
  const { load, retry: runRest, undo: runUndo } = flow;

  const retry = useCallback(async () => {
    const ok = await runRest();
    setGroupId(ctxRef.current?.groupId ?? null);
    return ok;
  }, [runRest]);

  /** Starts a fresh plan. */
  const start = useCallback(
    (ctx: ApplyContext) => {
      ctxRef.current = { ...ctx, log: [...ctx.log] };
      setGroupId(ctx.groupId);
      load(haApplyWorkflow(ctxRef.current));
      return retry();
    },
    [load, retry],
  );

  /** Loads a saved group's plan and shows how far it got; Retry or Undo continue from there. */
  const resume = useCallback(
    async (group: HaGroup) => {
      const ctx = contextOfGroup(group);
      ctxRef.current = ctx;
      setGroupId(group.id);
      const workflow = haApplyWorkflow(ctx);
      load(workflow, initialViews(ctx.steps, null), 'checking');
      try {
        load(workflow, initialViews(ctx.steps, await readSnapshot(ctx)), group.status === 'complete' ? 'done' : 'failed');
      } catch (err) {
        load(workflow, initialViews(ctx.steps, null).map((s, i) => (i === 0 ? { ...s, status: 'failed', error: errorMessage(err) } : s)), 'failed');
      }
    },
    [load],
  );

  const undo = useCallback(async () => {
    const ok = await runUndo();
    if (ok) setGroupId(null);
    return ok;
  }, [runUndo]);

  return { steps: flow.steps, undoSteps: flow.undoSteps, phase: flow.phase, groupId, start, resume, retry, undo };
}
