import { useLingui } from '@lingui/react/macro';
import { Code, Skeleton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Vpc } from '../../contract';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useDeleteVpc } from '../../api/vpcs/delete-vpc';
import { useVpcs } from '../../api/vpcs/get-vpcs';
import { formatDate, formatNumber } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { StatusBadge } from '../../components/status-badge';
import { TruncatedName } from '../../components/truncated-name';
import { useMarkerListState } from '../../components/use-list-state';
import { vpcDeleteBlock } from '../../components/vpc-delete-block';
import { CreateVpcModal } from './create-vpc-modal';
import { DeleteVpcDialog } from './delete-vpc-dialog';

export function VpcList() {
  const { t } = useLingui();
  const list = useMarkerListState();
  const query = useVpcs({ pageSize: 20, marker: list.marker, name: list.name, sortKey: list.sort?.key, sortDir: list.sort?.dir });
  const subnets = useAllSubnets();
  const subnetCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of subnets.data ?? []) counts.set(s.vpc_id, (counts.get(s.vpc_id) ?? 0) + 1);
    return counts;
  }, [subnets.data]);
  const deleteBlock = (v: Vpc) => vpcDeleteBlock(v.name, subnetCounts.get(v.id) ?? (subnets.data ? 0 : undefined));
  const del = useDeleteVpc();
  const [createOpened, createModal] = useDisclosure();
  const [deleting, setDeleting] = useState<Vpc | null>(null);
  const columns: Column<Vpc>[] = [
    { key: 'name', header: t`Name`, sortKey: 'name', render: (v) => <TruncatedName name={v.name} to={`/vpcs/${v.id}`} /> },
    { key: 'cidr', header: t`CIDR`, render: (v) => <Code>{v.cidr}</Code> },
    {
      key: 'subnets',
      header: t`Subnets`,
      render: (v) =>
        subnets.data ? formatNumber(subnetCounts.get(v.id) ?? 0) : subnets.error ? '—' : <Skeleton h={14} w={24} />,
    },
    { key: 'status', header: t`Status`, render: (v) => <StatusBadge status={v.status} /> },
    { key: 'description', header: t`Description`, from: 'lg', wrap: true, render: (v) => v.description || '—' },
    { key: 'created', header: t`Created`, sortKey: 'created_at', from: 'xl', render: (v) => formatDate(v.created_at) },
  ];
  return (
    <>
      <ListPage
        label={t`VPCs`}
        columns={columns}
        rows={query.data?.items}
        rowKey={(v) => v.id}
        rowName={(v) => v.name}
        query={query}
        state={list}
        searchLabel={t`Search VPCs by name`}
        create={{ label: t`Create VPC`, onClick: createModal.open }}
        empty={{
          title: t`No VPCs yet`,
          description: t`Create a VPC to give your servers a private network.`,
          noMatch: t`No VPC matches this search`,
        }}
        pager={list.pager(query.data?.nextMarker)}
        rowActions={(v) => ({
          actions: [{ kind: 'delete', label: t`Delete`, danger: true, disabledReason: deleteBlock(v) }],
          onAction: () => setDeleting(v),
        })}
        bulkActions={[
          { kind: 'delete', label: t`Delete`, title: t`Delete the selected VPCs?`, blockedReason: deleteBlock, run: (v) => del.mutateAsync(v.id) },
        ]}
      />
      <CreateVpcModal opened={createOpened} onClose={createModal.close} />
      <DeleteVpcDialog vpc={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
