import { t } from '@lingui/core/macro';
import type { QueryKey } from '@tanstack/react-query';
import { errorMessage } from '../api/client';
import { holdLiveRefresh } from '../api/live-updates';
import { holdProject } from '../api/work-in-progress';
import type { Wording } from '../domain';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

/** What the runner needs of a step. `label` is English; `text`, when there, is the same by key (shown translated). */
export interface WorkflowStep {
  id: string;
  label: string;
  text?: Wording;
  stage?: string;
}

/** A step as a screen shows it (its label in the console's language). */
export interface StepView {
  id: string;
  label: string;
  status: StepStatus;
  error?: string;
  /** Found done before this run (by an earlier run, another tab, or by hand). */
  already?: boolean;
}

/** One reversal for Undo. */
export interface Reversal {
  id: string;
  label: string;
  run(): Promise<unknown>;
}

/**
 * A multi-call operation: its steps in order, how to run one, how to reverse what ran, and the query
 * keys its writes touch (invalidated after every run and every undo, and only those).
 */
export interface Workflow<S extends WorkflowStep = WorkflowStep> {
  /** In order; consecutive steps with the same `stage` run at the same time (see `StepCommon` in domain). */
  steps: readonly S[];
  keys: readonly QueryKey[];
  /** What it does, in a few words ("Binding vip-web") in the console's language, for messages while it runs. */
  title?: string;
  /** When a run starts, with the steps it will run: lets the workflow start reading what they read. */
  begin?(steps: readonly S[]): void;
  /** Runs one step; `already` when the data showed it done (nothing written); `undo` reverses what it wrote. */
  perform(step: S): Promise<{ already: boolean; undo?: Reversal | null }>;
  /** Reads fresh data: is this step done already? Lets Retry after a reload skip it; absent: `perform` finds out. */
  isDone?(step: S): Promise<boolean>;
  /** The reversals for Undo, newest first; absent: what this run recorded, newest first. */
  planUndo?(recorded: readonly Reversal[]): Promise<Reversal[]>;
  /** After a complete Undo. */
  afterUndo?(): Promise<void>;
}

/** Where the runner invalidates its workflow's keys (a TanStack `QueryClient` fits). */
export interface KeyInvalidator {
  invalidateQueries(filters: { queryKey: QueryKey }): Promise<unknown>;
}

export type Report = (id: string, change: Partial<StepView>) => void;

/**
 * Runs a workflow's steps in order and remembers what it did, so that `run` again (Retry) skips the
 * steps done and `undo` reverses the done steps newest first. Each step of the console's workflows
 * is a read-modify-write with `If-Match` that re-plans once on 412 (see `api/read-modify-write.ts`).
 * React-free: `use-workflow.ts` wraps it for screens.
 */
export class WorkflowRunner<S extends WorkflowStep = WorkflowStep> {
  private readonly done = new Set<string>();
  private recorded: Reversal[] = [];

  constructor(
    readonly workflow: Workflow<S>,
    private readonly cache?: KeyInvalidator,
  ) {}

  /**
   * Runs every step not done yet; stops at the first failure (its message reported). Resolves true when
   * all are done. `settled` hears the outcome before the keys are invalidated (a screen that the
   * refetch will replace can still show it).
   */
  async run(report: Report, settled?: (ok: boolean) => void): Promise<boolean> {
    let ok = false;
    const release = holdLiveRefresh();
    const unhold = holdProject(this.workflow.title ?? t`A change of several steps`);
    try {
      ok = await this.runSteps(report);
      return ok;
    } finally {
      unhold();
      settled?.(ok);
      await this.invalidateAndRelease(release);
    }
  }

  /** Stage by stage; the steps of one stage at the same time. Stops after a stage with a failed step. */
  private async runSteps(report: Report): Promise<boolean> {
    this.workflow.begin?.(this.workflow.steps.filter((s) => !this.done.has(s.id)));
    for (const stage of stagesOf(this.workflow.steps)) {
      const results = await Promise.all(stage.map((step) => this.runStep(step, report)));
      if (results.includes(false)) return false;
    }
    return true;
  }

  private async runStep(step: S, report: Report): Promise<boolean> {
    if (this.done.has(step.id)) {
      report(step.id, { status: 'done', error: undefined });
      return true;
    }
    try {
      if (this.workflow.isDone && (await this.workflow.isDone(step))) {
        this.done.add(step.id);
        report(step.id, { status: 'done', error: undefined, already: true });
        return true;
      }
      report(step.id, { status: 'running', error: undefined, already: false });
      const outcome = await this.workflow.perform(step);
      this.done.add(step.id);
      if (outcome.undo) this.recorded.push(outcome.undo);
      report(step.id, { status: 'done', already: outcome.already });
      return true;
    } catch (err) {
      report(step.id, { status: 'failed', error: errorMessage(err) });
      return false;
    }
  }

  /**
   * Reverses what was done, newest first, each reversal again a read-modify-write with `If-Match`.
   * Reports the reversals as a list of their own. Resolves true when everything is reversed; then the
   * runner starts over (a later `run` does every step again).
   */
  async undo(report: (views: StepView[]) => void, settled?: (ok: boolean) => void): Promise<boolean> {
    let ok = false;
    const release = holdLiveRefresh();
    const title = this.workflow.title ?? t`a change`;
    const unhold = holdProject(t`Undoing ${title}`);
    try {
      ok = await this.undoSteps(report);
      return ok;
    } finally {
      unhold();
      settled?.(ok);
      await this.invalidateAndRelease(release);
    }
  }

  private async undoSteps(report: (views: StepView[]) => void): Promise<boolean> {
    let views: StepView[] = [];
    const set = (i: number, change: Partial<StepView>) => {
      views = views.map((v, j) => (j === i ? { ...v, ...change } : v));
      report(views);
    };
    let reversals: Reversal[];
    try {
      reversals = this.workflow.planUndo ? await this.workflow.planUndo(this.recorded) : [...this.recorded].reverse();
    } catch (err) {
      report([{ id: 'undo-read', label: t`Read the current state`, status: 'failed', error: errorMessage(err) }]);
      return false;
    }
    views = reversals.map((r) => ({ id: r.id, label: r.label, status: 'pending' }));
    report(views);
    for (const [i, reversal] of reversals.entries()) {
      set(i, { status: 'running' });
      try {
        await reversal.run();
        this.recorded = this.recorded.filter((r) => r !== reversal);
        set(i, { status: 'done' });
      } catch (err) {
        set(i, { status: 'failed', error: errorMessage(err) });
        return false;
      }
    }
    try {
      await this.workflow.afterUndo?.();
    } catch (err) {
      report([...views, { id: 'undo-after', label: t`Finish the undo`, status: 'failed', error: errorMessage(err) }]);
      return false;
    }
    this.recorded = [];
    this.done.clear();
    return true;
  }

  /**
   * Refetches the workflow's keys, then lets the live refreshes held during the run go (they find these
   * fetches in flight and do not start them again).
   */
  private async invalidateAndRelease(release: () => void) {
    const refetched = this.cache ? Promise.all(this.workflow.keys.map((queryKey) => this.cache!.invalidateQueries({ queryKey }))) : null;
    release();
    await refetched;
  }
}

/** Consecutive steps of one `stage` grouped; every step without a stage alone. */
export function stagesOf<S extends WorkflowStep>(steps: readonly S[]): S[][] {
  const stages: S[][] = [];
  for (const step of steps) {
    const last = stages.at(-1);
    if (step.stage !== undefined && last && last[0].stage === step.stage) last.push(step);
    else stages.push([step]);
  }
  return stages;
}
