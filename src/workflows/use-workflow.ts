import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { stepLabel } from '../api/step-text';
import { WorkflowRunner, type StepView, type Workflow } from './runner';

export type WorkflowPhase = 'idle' | 'checking' | 'running' | 'failed' | 'done' | 'undoing' | 'undo-failed' | 'undone';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one runner hook serves workflows of any step type
type AnyWorkflow = Workflow<any>;

const pendingViews = (workflow: AnyWorkflow): StepView[] => workflow.steps.map((s) => ({ id: s.id, label: stepLabel(s), status: 'pending' }));

/**
 * A workflow for a screen: `start` runs it, `retry` runs the steps not done yet, `undo` reverses the
 * done ones newest first. `steps` and `undoSteps` are what the step lists show; `phase` says which
 * buttons make sense (Retry and Undo after `failed`). `onProgress` is called after each step's report.
 */
export function useWorkflow(options: { onProgress?: () => void } = {}) {
  const qc = useQueryClient();
  // Read once: pass a callback that only uses stable setters and refs.
  const progressRef = useRef(options.onProgress);
  const runnerRef = useRef<WorkflowRunner | null>(null);
  const [steps, setSteps] = useState<StepView[]>([]);
  const [undoSteps, setUndoSteps] = useState<StepView[]>([]);
  const [phase, setPhase] = useState<WorkflowPhase>('idle');

  const retry = useCallback(async (): Promise<boolean> => {
    const runner = runnerRef.current;
    if (!runner) return false;
    setPhase('running');
    setUndoSteps([]);
    return runner.run(
      (id, change) => {
        setSteps((list) => list.map((s) => (s.id === id ? { ...s, ...change, already: change.already ?? s.already } : s)));
        progressRef.current?.();
      },
      (ok) => setPhase(ok ? 'done' : 'failed'),
    );
  }, []);

  /** Shows the workflow (its steps as `views`, all pending by default) without running it. */
  const load = useCallback(
    (workflow: AnyWorkflow, views?: StepView[], at: WorkflowPhase = 'idle') => {
      runnerRef.current = new WorkflowRunner(workflow, qc);
      setSteps(views ?? pendingViews(workflow));
      setUndoSteps([]);
      setPhase(at);
    },
    [qc],
  );

  const start = useCallback(
    (workflow: AnyWorkflow) => {
      load(workflow);
      return retry();
    },
    [load, retry],
  );

  const undo = useCallback(async (): Promise<boolean> => {
    const runner = runnerRef.current;
    if (!runner) return false;
    setPhase('undoing');
    return runner.undo(setUndoSteps, (ok) => {
      if (ok) setSteps((list) => list.map((s) => ({ ...s, status: 'pending', error: undefined, already: false })));
      setPhase(ok ? 'undone' : 'undo-failed');
    });
  }, []);

  /** Forgets the workflow (a dialog that closes). */
  const reset = useCallback(() => {
    runnerRef.current = null;
    setSteps([]);
    setUndoSteps([]);
    setPhase('idle');
  }, []);

  return { steps, undoSteps, phase, load, start, retry, undo, reset };
}

export type WorkflowHandle = ReturnType<typeof useWorkflow>;
