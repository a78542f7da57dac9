import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, Code, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { OPERATION_BODY_LIMIT, OPERATION_RETENTION, type Operation } from '../../contract';
import { useOperations } from '../../api/operations/get-operations';
import { useUsers } from '../../api/users/get-users';
import { formatDate, formatNumber } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { useMarkerListState } from '../../components/use-list-state';
import { OperationDrawer } from './operation-drawer';
import { RANGES, RATINGS, RESOURCE_TYPES, filtersFromParams, paramsFromFilters, queryOfFilters, resourcePath, type OperationFilters } from '../../api/operations/operation-filters';
import { OperationResult } from './operation-result';

const PAGE_SIZE = 20;

/** `datetime-local` text in local time <-> ms since the epoch. */
const toLocalInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 19));
const fromLocalInput = (text: string) => (text ? new Date(text).getTime() : undefined);

export function OperationList() {
  const { t } = useLingui();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = useMarkerListState(params.toString());
  // A preset range ends "now": now is fixed per page of results, so paging stays on the same window.
  const [now, setNow] = useState(() => Date.now());
  const query = useOperations(queryOfFilters(filters, now, PAGE_SIZE, list.marker));
  const users = useUsers();
  const [open, setOpen] = useState<Operation | null>(null);
  const set = (change: Partial<OperationFilters>) => {
    setNow(Date.now());
    setParams(paramsFromFilters({ ...filters, ...change }), { replace: true });
  };
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const retention = formatNumber(OPERATION_RETENTION);
  const bodyLimit = formatNumber(OPERATION_BODY_LIMIT);

  const columns: Column<Operation>[] = [
    { key: 'time', header: t`Time`, render: (o) => <Text size="sm">{formatDate(o.time, true)}</Text> },
    {
      key: 'action',
      header: t`Action`,
      render: (o) => {
        const action = o.trace_name;
        const time = formatDate(o.time, true);
        return (
          <Anchor component="button" type="button" size="sm" ff="monospace" onClick={() => setOpen(o)} aria-label={t`Details of ${action} at ${time}`}>
            {o.trace_name}
          </Anchor>
        );
      },
    },
    {
      key: 'resource',
      header: t`Resource`,
      render: (o) => {
        const path = resourcePath(o.resource_type, o.resource_id);
        const label = o.resource_name || o.resource_id || '—';
        return (
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {RESOURCE_TYPES.find((r) => r.value === o.resource_type)?.label ?? o.resource_type}
            </Badge>
            {path ? (
              <Anchor component={Link} to={path} size="sm">
                {label}
              </Anchor>
            ) : (
              <Text size="sm">{label}</Text>
            )}
          </Group>
        );
      },
    },
    { key: 'user', header: t`User`, render: (o) => o.user.name },
    { key: 'client', header: t`Client`, render: (o) => <Code>{o.client}</Code> },
    { key: 'result', header: t`Result`, render: (o) => <OperationResult op={o} /> },
  ];

  const userOptions = [...new Set([...(users.data ?? []).map((u) => u.name), ...(filters.user ? [filters.user] : [])])];
  const filterInputs = (
    <>
      <Select
        label={t`Resource type`}
        placeholder={t`Any`}
        data={RESOURCE_TYPES}
        value={filters.resourceType ?? null}
        onChange={(v) => set({ resourceType: v ?? undefined })}
        clearable
        w={160}
      />
      <TextInput
        label={t`Resource ID`}
        placeholder={t`Enter a resource ID`}
        value={filters.resourceId ?? ''}
        onChange={(e) => set({ resourceId: e.currentTarget.value.trim() || undefined })}
        w={220}
        spellCheck={false}
      />
      <Select label={t`User`} placeholder={t`Anyone`} data={userOptions} value={filters.user ?? null} onChange={(v) => set({ user: v ?? undefined })} clearable searchable w={150} />
      <Select label={t`Result`} placeholder={t`Any`} data={RATINGS} value={filters.rating ?? null} onChange={(v) => set({ rating: (v as OperationFilters['rating']) ?? undefined })} clearable w={160} />
      <Select
        label={t`Time`}
        placeholder={t`Any time`}
        data={RANGES.map(({ value, label }) => ({ value, label }))}
        value={filters.range ?? null}
        onChange={(v) => set({ range: v ?? undefined, ...(v === 'custom' ? { from: filters.from ?? now - 86_400_000, to: filters.to ?? now } : {}) })}
        clearable
        w={160}
      />
      {filters.range === 'custom' && (
        <>
          <TextInput label={t`From`} type="datetime-local" step={1} value={toLocalInput(filters.from)} onChange={(e) => set({ from: fromLocalInput(e.currentTarget.value) })} error={filters.from !== undefined && filters.to !== undefined && filters.from > filters.to ? t`After To` : null} />
          <TextInput label={t`To`} type="datetime-local" step={1} value={toLocalInput(filters.to)} onChange={(e) => set({ to: fromLocalInput(e.currentTarget.value) })} />
        </>
      )}
      {filtered && (
        <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          <Trans>Clear filters</Trans>
        </Button>
      )}
    </>
  );
  return (
    <>
      <ListPage
        label={t`Operation log`}
        columns={columns}
        rows={query.data?.traces}
        rowKey={(o) => o.trace_id}
        rowName={(o) => o.trace_name}
        query={query}
        filtered={filtered}
        onRefresh={() => (setNow(Date.now()), void query.refetch())}
        filters={filterInputs}
        empty={{
          title: t`No operations yet`,
          description: t`Every change made in this project, from the console, curl or an SDK, shows here.`,
          noMatch: t`No operation matches these filters`,
          noMatchHint: t`Widen the time range or clear a filter.`,
        }}
        pager={list.pager(query.data?.meta_data.marker)}
      />
      <Text size="xs" c="dimmed" mt="sm">
        <Trans>
          Newest first. The log keeps each project&apos;s newest {retention} operations; request and response bodies are kept up to {bodyLimit}{' '}
          characters.
        </Trans>
      </Text>
      <OperationDrawer op={open} onClose={() => setOpen(null)} />
    </>
  );
}
