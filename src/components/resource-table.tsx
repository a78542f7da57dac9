import { useLingui } from '@lingui/react/macro';
import { Checkbox, EmptyState, Paper, Skeleton, Table, UnstyledButton, Group, Text } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending, IconInbox } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { markFirstPaint } from './after-first-paint';
import { InlineError } from './inline-error';
import { ScrollX } from './scroll-x';
import type { SortKey, SortState } from './use-list-state';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The backend's `sort_key` for this column, when it sorts. */
  sortKey?: SortKey;
  width?: number | string;
  /**
   * A column of less weight, shown from this width on (Mantine's breakpoints: `lg` 1200 px, `xl` 1408 px),
   * so a laptop's table fits without scrolling sideways.
   */
  from?: 'lg' | 'xl';
  /** Lets the column's text wrap (a description); the others stay on one line, names cut with an ellipsis. */
  wrap?: boolean;
  /** Stays in sight at the table's right edge while the table scrolls sideways (a row's actions). */
  stickyEnd?: boolean;
}

/** The rows picked for a bulk action, by key: shown as a checkbox column. */
export interface TableSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Names a row in its checkbox's label, "Select <name>". */
  rowName: (row: T) => string;
}

interface ResourceTableProps<T> {
  /** Names the table for assistive technology. */
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  loading?: boolean;
  error?: unknown;
  sort?: SortState;
  onSort?: (sort: SortState | undefined) => void;
  emptyTitle: string;
  emptyDescription: ReactNode;
  emptyAction?: ReactNode;
  skeletonRows?: number;
  selection?: TableSelection<T>;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function nextSort(current: SortState | undefined, key: SortKey): SortState | undefined {
  if (current?.key !== key) return { key, dir: 'asc' };
  if (current.dir === 'asc') return { key, dir: 'desc' };
  return undefined;
}

const CHECK_CELL = { width: 1, paddingRight: 0 } as const;

function SelectAll<T>({ rows, rowKey, selection }: { rows: T[] | undefined; rowKey: (row: T) => string; selection: TableSelection<T> }) {
  const keys = (rows ?? []).map(rowKey);
  const picked = keys.filter((k) => selection.selected.has(k)).length;
  const { t } = useLingui();
  return (
    <Checkbox
      size="xs"
      aria-label={t`Select all on this page`}
      checked={picked > 0 && picked === keys.length}
      indeterminate={picked > 0 && picked < keys.length}
      disabled={keys.length === 0}
      onChange={() => selection.onChange(new Set(picked === keys.length ? [] : keys))}
    />
  );
}

export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { t } = useLingui();
  const { label, columns, rows, rowKey, loading, error, sort, onSort, skeletonRows = 5, selection } = props;
  const toggle = (key: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (!next.delete(key)) next.add(key);
    selection.onChange(next);
  };
  const drawn = rows !== undefined || error != null;
  useEffect(() => {
    if (drawn) markFirstPaint();
  }, [drawn]);
  const header = (
    <Table.Thead>
      <Table.Tr>
        {selection && (
          <Table.Th style={CHECK_CELL}>
            <SelectAll rows={rows} rowKey={rowKey} selection={selection} />
          </Table.Th>
        )}
        {columns.map((c) => {
          const active = c.sortKey && sort?.key === c.sortKey;
          const column = c.header;
          const ariaSort = active ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : c.sortKey ? 'none' : undefined;
          return (
            <Table.Th key={c.key} w={c.width} aria-sort={ariaSort} visibleFrom={c.from} style={NO_WRAP} className={c.stickyEnd ? 'sticky-end' : undefined}>
              {c.sortKey && onSort ? (
                <UnstyledButton onClick={() => onSort(nextSort(sort, c.sortKey!))} aria-label={t`Sort by ${column}`}>
                  <Group gap={4} wrap="nowrap">
                    <Text fw={600} size="sm">
                      {c.header}
                    </Text>
                    {active ? (
                      sort!.dir === 'asc' ? (
                        <IconSortAscending size={14} aria-hidden />
                      ) : (
                        <IconSortDescending size={14} aria-hidden />
                      )
                    ) : (
                      <IconArrowsSort size={14} opacity={0.4} aria-hidden />
                    )}
                  </Group>
                </UnstyledButton>
              ) : (
                c.header
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );

  let body: ReactNode;
  if (error && !rows) {
    body = null;
  } else if (!rows) {
    body = Array.from({ length: skeletonRows }, (_, i) => (
      <Table.Tr key={i} aria-hidden>
        {selection && <Table.Td style={CHECK_CELL} />}
        {columns.map((c) => (
          <Table.Td key={c.key} visibleFrom={c.from} className={c.stickyEnd ? 'sticky-end' : undefined}>
            <Skeleton height={14} radius="sm" width={`${60 + ((i * 13 + c.key.length * 7) % 35)}%`} />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else {
    body = rows.map((row) => {
      const key = rowKey(row);
      const picked = selection?.selected.has(key) ?? false;
      const name = selection?.rowName(row);
      return (
        <Table.Tr key={key} bg={picked ? 'var(--mantine-primary-color-light)' : undefined}>
          {selection && (
            <Table.Td style={CHECK_CELL}>
              <Checkbox size="xs" aria-label={t`Select ${name}`} checked={picked} onChange={() => toggle(key)} />
            </Table.Td>
          )}
          {columns.map((c) => (
            <Table.Td key={c.key} visibleFrom={c.from} style={c.wrap ? undefined : NO_WRAP} className={c.stickyEnd ? 'sticky-end' : undefined}>
              {c.render(row)}
            </Table.Td>
          ))}
        </Table.Tr>
      );
    });
  }

  return (
    <Paper withBorder radius="md" pos="relative" aria-busy={loading || !rows}>
      {error != null && (
        <div style={{ padding: 'var(--mantine-spacing-sm)' }}>
          <InlineError error={error} title={t`Could not load the list`} />
        </div>
      )}
      {/* Native scrolling: Mantine's ScrollArea would bring floating-ui onto every list page. */}
      <ScrollX label={label}>
        <Table aria-label={label} highlightOnHover verticalSpacing={6} horizontalSpacing="xs" miw={640}>
          {header}
          <Table.Tbody>{body}</Table.Tbody>
        </Table>
      </ScrollX>
      {rows && rows.length === 0 && (
        <EmptyState
          py="xl"
          icon={<IconInbox size={28} />}
          withIndicatorBackground
          title={props.emptyTitle}
          description={props.emptyDescription}
        >
          {props.emptyAction && <EmptyState.Actions>{props.emptyAction}</EmptyState.Actions>}
        </EmptyState>
      )}
    </Paper>
  );
}
