import type { ReactNode } from 'react';
import type { StepItem } from './step-list';

/** An action on the selected rows of a list (Delete, Release), run on one row after another. */
export interface BulkAction<T> {
  kind: string;
  /** The button's label, the verb of the confirmation. */
  label: string;
  /** The confirmation's title, e.g. "Release the selected virtual IPs?". */
  title: string;
  /**
   * Why this row cannot go now (the single-row action's own reason), or null: such a row is named
   * with its reason and skipped, never sent to be refused.
   */
  blockedReason?: (row: T) => string | null;
  /** Acts on one row; a rejection is that row's outcome (the backend's message). */
  run: (row: T) => Promise<unknown>;
  /** More words in the confirmation about the rows that will go (what goes with them). */
  notice?: (rows: T[]) => ReactNode;
}

export interface BulkJob<T> {
  action: BulkAction<T>;
  rows: T[];
  rowKey: (row: T) => string;
  rowName: (row: T) => string;
}

/** The rows of a bulk job as a result list: the ones to act on pending, the blocked ones skipped with their reason. */
export function planBulk<T>({ action, rows, rowKey, rowName }: BulkJob<T>): StepItem[] {
  return rows.map((row) => {
    const reason = action.blockedReason?.(row) ?? null;
    return { id: rowKey(row), label: rowName(row), status: reason ? 'skipped' : 'pending', note: reason ?? undefined };
  });
}
