import { useState, type ReactNode } from 'react';
import { ActionButtons, type ActionItem } from './action-buttons';
import type { BulkAction, BulkJob } from './bulk-action';
import { BulkBar } from './bulk-bar';
import { lazyDialog } from './lazy-dialog';
import { ListToolbar } from './list-toolbar';
import { Pager, type PagerProps } from './pager';
import { ResourceTable, type Column } from './resource-table';
import type { SortState } from './use-list-state';

/** A row's actions: the resource's one action list, each with its reason when blocked. */
export interface RowActions<K extends string> {
  actions: readonly ActionItem<K>[];
  onAction: (kind: K) => void;
  pending?: K | null;
}

export interface ListPageProps<T, K extends string = string> {
  /** Names the table for assistive technology. */
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  /** Names a row in labels: "Select <name>", "More actions for <name>", the bulk lists. */
  rowName: (row: T) => string;
  loading?: boolean;
  error?: unknown;
  sort?: SortState;
  onSort?: (sort: SortState | undefined) => void;
  /** Shows the toolbar (refresh, with the search, filters and actions below). */
  onRefresh?: () => void;
  search?: { value: string; onChange: (value: string) => void; label: string };
  /** Shown after the search box. */
  filters?: ReactNode;
  /** The list's primary actions (Create), on the toolbar's right. */
  actions?: ReactNode;
  empty: { title: string; description: ReactNode; action?: ReactNode };
  pager?: PagerProps;
  /** Adds an Actions column: the first `primaryActions` as buttons, the rest in the row's "More" menu. */
  rowActions?: (row: T) => RowActions<K>;
  primaryActions?: number;
  /** Adds a checkbox column and, while rows are selected, the bar with these actions. */
  bulkActions?: readonly BulkAction<T>[];
  skeletonRows?: number;
}

type BulkDialogProps = Parameters<typeof import('./bulk-dialog').BulkDialog<unknown>>[0];
const BulkDialog = lazyDialog<BulkDialogProps>(async () => (await import('./bulk-dialog')).BulkDialog, (p) => p.job !== null);

/**
 * What every list page has: the toolbar, the table (sort, empty state, loading and error), row actions
 * with a "More" menu, row selection with a bulk bar and its dialog, and the pager.
 */
export function ListPage<T, K extends string = string>(props: ListPageProps<T, K>) {
  const { rows, rowKey, rowName, rowActions, bulkActions, onRefresh, search, pager, primaryActions = 2 } = props;
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const [job, setJob] = useState<{ id: number; job: BulkJob<T> } | null>(null);
  // Only rows on this page count: a row gone (deleted, another page) is no longer selected.
  const selectedRows = (rows ?? []).filter((r) => picked.has(rowKey(r)));
  const selected = new Set(selectedRows.map(rowKey));
  const columns: Column<T>[] = rowActions
    ? [
        ...props.columns,
        {
          key: 'actions',
          header: 'Actions',
          render: (row) => {
            const { actions, onAction, pending } = rowActions(row);
            return <ActionButtons actions={actions} subject={rowName(row)} onAction={onAction} pending={pending} primary={primaryActions} />;
          },
        },
      ]
    : props.columns;
  const bulk = bulkActions && bulkActions.length > 0;
  return (
    <>
      {onRefresh && (
        <ListToolbar
          search={search?.value}
          onSearch={search?.onChange}
          searchLabel={search?.label}
          onRefresh={onRefresh}
          refreshing={props.loading}
          actions={props.actions}
        >
          {props.filters}
        </ListToolbar>
      )}
      {bulk && selectedRows.length > 0 && (
        <BulkBar
          count={selectedRows.length}
          actions={bulkActions}
          onAction={(action) => setJob({ id: (job?.id ?? 0) + 1, job: { action, rows: selectedRows, rowKey, rowName } })}
          onClear={() => setPicked(new Set())}
        />
      )}
      <ResourceTable
        label={props.label}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        loading={props.loading}
        error={props.error}
        sort={props.sort}
        onSort={props.onSort}
        emptyTitle={props.empty.title}
        emptyDescription={props.empty.description}
        emptyAction={props.empty.action}
        skeletonRows={props.skeletonRows}
        selection={bulk ? { selected, onChange: setPicked, rowName } : undefined}
      />
      {pager && <Pager {...pager} />}
      {bulk && (
        <BulkDialog
          key={job?.id ?? 0}
          job={(job?.job ?? null) as BulkJob<unknown> | null}
          onClose={() => setJob(null)}
          onFinished={() => {
            setPicked(new Set());
            onRefresh?.();
          }}
        />
      )}
    </>
  );
}
