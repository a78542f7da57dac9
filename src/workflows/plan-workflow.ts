import type { QueryKey } from '@tanstack/react-query';
import { readPort, type PortRead } from '../api/ports/edit-port-pairs';
import { stepLabel } from '../api/step-text';
import type { PlanStep } from '../domain';
import { performStep } from './perform-step';
import type { Reversal, Workflow } from './runner';

const reversalOf = (step: PlanStep): Reversal => ({ id: step.id, label: stepLabel(step), run: () => performStep(step) });

/**
 * A domain plan as a workflow: each step a read-modify-write with `If-Match`, reversed by `undoOf`.
 * When a run starts, the ports its port steps change are all read at once (each once), so a later
 * stage does not wait for its own read: its write still carries the ETag it read, and a port changed
 * in between answers 412 and is read again and re-planned, as always.
 */
export function planWorkflow(steps: readonly PlanStep[], keys: readonly QueryKey[], title?: string): Workflow<PlanStep> {
  const readEarly = new Map<string, PortRead>();
  return {
    steps,
    keys,
    title,
    begin: (toRun) => {
      readEarly.clear();
      const ports = new Set<string>();
      for (const step of toRun) {
        // A second step on one port reads when it runs, after the first one wrote.
        if (step.kind !== 'port-pairs' || ports.has(step.port_id)) continue;
        ports.add(step.port_id);
        const read = readPort(step.port_id);
        read.catch(() => {}); // a failed read is reported by the step that uses it
        readEarly.set(step.id, read);
      }
    },
    perform: async (step) => {
      const early = readEarly.get(step.id);
      readEarly.delete(step.id);
      const outcome = await performStep(step, early);
      return { already: outcome.already, undo: outcome.undo ? reversalOf(outcome.undo) : null };
    },
  };
}
