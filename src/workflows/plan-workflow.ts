import type { QueryKey } from '@tanstack/react-query';
import type { PlanStep } from '../domain';
import { performStep } from './perform-step';
import type { Reversal, Workflow } from './runner';

const reversalOf = (step: PlanStep): Reversal => ({ id: step.id, label: step.label, run: () => performStep(step) });

/** A domain plan as a workflow: each step a read-modify-write with `If-Match`, reversed by `undoOf`. */
export function planWorkflow(steps: readonly PlanStep[], keys: readonly QueryKey[]): Workflow<PlanStep> {
  return {
    steps,
    keys,
    perform: async (step) => {
      const outcome = await performStep(step);
      return { already: outcome.already, undo: outcome.undo ? reversalOf(outcome.undo) : null };
    },
  };
}
