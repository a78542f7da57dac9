import { Code, Skeleton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Vpc } from '../../contract';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useVpcs } from '../../api/vpcs/get-vpcs';
import { formatDate } from '../../components/format';
import { ListToolbar } from '../../components/list-toolbar';
import { Pager } from '../../components/pager';
import { ResourceTable, type Column } from '../../components/resource-table';
import { StatusBadge } from '../../components/status-badge';
import { useMarkerListState } from '../../components/use-list-state';
import { CreateVpcModal } from './create-vpc-modal';
import { DeleteVpcDialog } from './delete-vpc-dialog';
import { ActionButtons } from '../../components/action-buttons';
import { vpcDeleteBlock } from '../../components/vpc-delete-block';
import { WriteButton } from '../../components/write-button';
import { TruncatedName } from '../../components/truncated-name';

export function VpcList() {
  const list = useMarkerListState();
  const query = useVpcs({ pageSize: 20, marker: list.marker, name: list.name, sortKey: list.sort?.key, sortDir: list.sort?.dir });
  const subnets = useAllSubnets();
  const subnetCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of subnets.data ?? []) counts.set(s.vpc_id, (counts.get(s.vpc_id) ?? 0) + 1);
    return counts;
  }, [subnets.data]);
  const [createOpened, createModal] = useDisclosure();
  const [deleting, setDeleting] = useState<Vpc | null>(null);
  const columns: Column<Vpc>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (v) => <TruncatedName name={v.name} to={`/vpcs/${v.id}`} />,
    },
    { key: 'cidr', header: 'CIDR', render: (v) => <Code>{v.cidr}</Code> },
    {
      key: 'subnets',
      header: 'Subnets',
      render: (v) =>
        subnets.data ? (
          (subnetCounts.get(v.id) ?? 0).toLocaleString('en')
        ) : subnets.error ? (
          '—'
        ) : (
          <Skeleton h={14} w={24} />
        ),
    },
    { key: 'status', header: 'Status', render: (v) => <StatusBadge status={v.status} /> },
    { key: 'description', header: 'Description', from: 'lg', wrap: true, render: (v) => v.description || '—' },
    { key: 'created', header: 'Created', sortKey: 'created_at', from: 'xl', render: (v) => formatDate(v.created_at) },
    {
      key: 'actions',
      header: 'Actions',
      width: 90,
      render: (v) => (
        <ActionButtons
          subject={v.name}
          actions={[{ kind: 'delete', label: 'Delete', danger: true, disabledReason: vpcDeleteBlock(v.name, subnetCounts.get(v.id) ?? (subnets.data ? 0 : undefined)) }]}
          onAction={() => setDeleting(v)}
        />
      ),
    },
  ];
  const createButton = (
    <WriteButton leftSection={<IconPlus size={16} />} onClick={createModal.open}>
      Create VPC
    </WriteButton>
  );
  return (
    <>
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        searchLabel="Search VPCs by name"
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching}
        actions={createButton}
      />
      <ResourceTable
        label="VPCs"
        columns={columns}
        rows={query.data?.items}
        rowKey={(v) => v.id}
        loading={query.isFetching}
        error={query.error}
        sort={list.sort}
        onSort={list.setSort}
        emptyTitle={list.name ? 'No VPC matches this search' : 'No VPCs yet'}
        emptyDescription={list.name ? 'Try another name, or clear the search.' : 'Create a VPC to give your servers a private network.'}
        emptyAction={list.name ? undefined : createButton}
      />
      <Pager
        page={list.page}
        hasPrevious={list.page > 1}
        hasNext={Boolean(query.data?.nextMarker)}
        onPrevious={list.previous}
        onNext={() => query.data?.nextMarker && list.next(query.data.nextMarker)}
      />
      <CreateVpcModal opened={createOpened} onClose={createModal.close} />
      <DeleteVpcDialog vpc={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
