import { useLingui } from '@lingui/react/macro';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ActionButtons, type ActionItem } from './action-buttons';
import type { BulkAction, BulkJob } from './bulk-action';
import { BulkBar } from './bulk-bar';
import type { BulkDialog as BulkDialogType } from './bulk-dialog';
import { lazyDialog } from './lazy-dialog';
import { ListToolbar } from './list-toolbar';
import { Pager, type PagerProps } from './pager';
import { ResourceTable, type Column } from './resource-table';
import type { SortState } from './use-list-state';
import { WriteButton } from './write-button';

/** A row's actions: the resource's one action list, each with its reason when blocked. */
export interface RowActions<K extends string> {
  actions: readonly ActionItem<K>[];
  onAction: (kind: K) => void;
  pending?: K | null;
}

/** The list's query (a TanStack query result fits): its fetching state, its error, and Refresh. */
interface ListQuery {
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The search box and the sort of a list (use-list-state's hooks fit). */
interface ListState {
  search: string;
  setSearch: (value: string) => void;
  /** The search as sent; a search that matches nothing shows `empty.noMatch`. */
  name?: string;
  sort?: SortState;
  setSort: (sort: SortState | undefined) => void;
}

export interface ListPageProps<T, K extends string = string> {
  /** Names the table for assistive technology. */
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  /** Names a row in labels: "Select <name>", "More actions for <name>", the bulk lists. */
  rowName: (row: T) => string;
  query: ListQuery;
  /** Refresh, when it does more than refetch the query. */
  onRefresh?: () => void;
  /** No toolbar (a short list in a card). */
  bare?: boolean;
  state?: ListState;
  /** Shows the search box with this label (needs `state`). */
  searchLabel?: string;
  /** The sort shown, when it is not `state.sort` (a default order). */
  sort?: SortState;
  /** A filter is set: an empty answer shows `empty.noMatch` (default: a search is set). */
  filtered?: boolean;
  /** Shown after the search box. */
  filters?: ReactNode;
  /**
   * The list's create action ("Create VPC", "Buy EIP"): a button on the toolbar's right and in the empty
   * state, blocked with its reason when the console acts as a read-only user. Opens a dialog or a page.
   */
  create?: { label: string } & ({ onClick: () => void } | { to: string });
  /** Other actions on the toolbar's right, after `create`. */
  actions?: ReactNode;
  empty: { title: string; description: ReactNode; noMatch?: string; noMatchHint?: string };
  pager?: PagerProps;
  /** Adds an Actions column: the first `primaryActions` as buttons, the rest in the row's "More" menu. */
  rowActions?: (row: T) => RowActions<K>;
  primaryActions?: number;
  /** Adds a checkbox column and, while rows are selected, the bar with these actions. */
  bulkActions?: readonly BulkAction<T>[];
  skeletonRows?: number;
}

function CreateButton({ label, ...target }: NonNullable<ListPageProps<unknown>['create']>) {
  const icon = <IconPlus size={16} />;
  if ('to' in target) {
    return (
      <WriteButton component={Link} to={target.to} leftSection={icon}>
        {label}
      </WriteButton>
    );
  }
  return (
    <WriteButton leftSection={icon} onClick={target.onClick}>
      {label}
    </WriteButton>
  );
}

/** Below Mantine's `sm` breakpoint. */
const phoneMediaPattern = '(max-width: 47.99em)';
const laptopMediaPattern = '(max-width: 74.99em)';

type BulkDialogProps = Parameters<typeof BulkDialogType<unknown>>[0];
const BulkDialog = lazyDialog<BulkDialogProps>(async () => (await import('./bulk-dialog')).BulkDialog, (p) => p.job !== null);

/**
 * What every list page has: the toolbar, the table (sort, empty state, loading and error), row actions
 * with a "More" menu, row selection with a bulk bar and its dialog, and the pager.
 */
export function ListPage<T, K extends string = string>(props: ListPageProps<T, K>) {
  const { t } = useLingui();
  const { rows, rowKey, rowName, rowActions, bulkActions, query, state, pager, empty, primaryActions = 2 } = props;
  // On a phone a row's actions are one "More" menu, which stays in sight while the table scrolls; on a
  // laptop one button and "More", so the table fits.
  const phone = useMediaQuery(phoneMediaPattern) ?? false;
  const laptop = useMediaQuery(laptopMediaPattern) ?? false;
  const shownActions = phone ? 0 : laptop ? Math.min(primaryActions, 1) : primaryActions;
  const refresh = props.onRefresh ?? (() => void query.refetch());
  const noMatch = (props.filtered ?? Boolean(state?.name)) && empty.noMatch;
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
          header: t`Actions`,
          stickyEnd: true,
          render: (row) => {
            const { actions, onAction, pending } = rowActions(row);
            return <ActionButtons actions={actions} subject={rowName(row)} onAction={onAction} pending={pending} primary={shownActions} />;
          },
        },
      ]
    : props.columns;
  const bulk = bulkActions && bulkActions.length > 0;
  const create = props.create && <CreateButton {...props.create} />;
  const toolbarActions = create && props.actions ? (
    <>
      {create}
      {props.actions}
    </>
  ) : (create ?? props.actions);
  return (
    <>
      {!props.bare && (
        <ListToolbar
          search={state?.search}
          onSearch={props.searchLabel ? state?.setSearch : undefined}
          searchLabel={props.searchLabel}
          onRefresh={refresh}
          refreshing={query.isFetching}
          actions={toolbarActions}
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
        loading={query.isFetching}
        error={query.error}
        sort={props.sort ?? state?.sort}
        onSort={state?.setSort}
        emptyTitle={noMatch || empty.title}
        emptyDescription={noMatch ? (empty.noMatchHint ?? t`Try another name, or clear the search.`) : empty.description}
        emptyAction={noMatch ? undefined : create}
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
            refresh();
          }}
        />
      )}
    </>
  );
}
