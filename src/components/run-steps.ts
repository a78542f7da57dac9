import type { Dispatch, SetStateAction } from 'react';
import { errorMessage } from '../api/client';
import type { StepItem } from './step-list';

/** One call of a multi-call action, and the label its step shows. */
export interface PlannedStep {
  label: string;
  act: () => Promise<unknown>;
}

/**
 * Shows the plan as pending steps, then runs it in order, marking each step running, then done or
 * failed (with the error's message). It stops at the first failure and throws its error; the steps
 * after it stay pending.
 */
export async function runSteps(plan: readonly PlannedStep[], setSteps: Dispatch<SetStateAction<StepItem[]>>): Promise<void> {
  setSteps(plan.map((p, i) => ({ id: String(i), label: p.label, status: 'pending' })));
  const mark = (i: number, change: Partial<StepItem>) => setSteps((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)));
  for (const [i, p] of plan.entries()) {
    mark(i, { status: 'running' });
    try {
      await p.act();
      mark(i, { status: 'done' });
    } catch (err) {
      mark(i, { status: 'failed', error: errorMessage(err) });
      throw err;
    }
  }
}
