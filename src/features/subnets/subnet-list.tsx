import { useLingui } from '@lingui/react/macro';
import { Anchor, Code } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Subnet, Vpc } from '../../contract';
import { useDeleteSubnet } from '../../api/subnets/delete-subnet';
import { useSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { formatDate, formatNumber } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { StatusBadge } from '../../components/status-badge';
import { useMarkerListState } from '../../components/use-list-state';
import { assignableCount, parseCidr } from '../../domain';
import { CreateSubnetModal } from './create-subnet-modal';
import { DeleteSubnetDialog } from './delete-subnet-dialog';
import { TruncatedName } from '../../components/truncated-name';

/** Subnets of every VPC, or of one VPC (its detail page's tab). */
export function SubnetList({ vpc }: { vpc?: Vpc }) {
  const { t } = useLingui();
  const vpcName = vpc?.name;
  const list = useMarkerListState(vpc?.id);
  const query = useSubnets({
    pageSize: 20,
    marker: list.marker,
    name: list.name,
    sortKey: list.sort?.key,
    sortDir: list.sort?.dir,
    vpcId: vpc?.id,
  });
  const vpcs = useAllVpcs();
  const vpcNames = useMemo(() => new Map((vpcs.data ?? []).map((v) => [v.id, v.name])), [vpcs.data]);
  const del = useDeleteSubnet();
  const [createOpened, createModal] = useDisclosure();
  const [deleting, setDeleting] = useState<Subnet | null>(null);
  const columns: Column<Subnet>[] = [
    {
      key: 'name',
      header: t`Name`,
      sortKey: 'name',
      render: (s) => <TruncatedName name={s.name} to={`/subnets/${s.id}`} />,
    },
    { key: 'cidr', header: t`CIDR`, render: (s) => <Code>{s.cidr}</Code> },
    { key: 'gateway', header: t`Gateway`, from: 'lg', render: (s) => s.gateway_ip },
    ...(vpc
      ? []
      : [
          {
            key: 'vpc',
            header: t`VPC`,
            render: (s: Subnet) => (
              <Anchor component={Link} to={`/vpcs/${s.vpc_id}`}>
                {vpcNames.get(s.vpc_id) ?? s.vpc_id}
              </Anchor>
            ),
          },
        ]),
    {
      key: 'size',
      header: t`Size`,
      render: (s) => {
        const c = parseCidr(s.cidr);
        const count = c ? formatNumber(assignableCount(c)) : null;
        return count ? t`${count} assignable` : '—';
      },
    },
    { key: 'status', header: t`Status`, render: (s) => <StatusBadge status={s.status} /> },
    { key: 'created', header: t`Created`, sortKey: 'created_at', from: 'xl', render: (s) => formatDate(s.created_at) },
  ];
  return (
    <>
      <ListPage
        label={vpc ? t`Subnets of ${vpcName}` : t`Subnets`}
        columns={columns}
        rows={query.data?.items}
        rowKey={(s) => s.id}
        rowName={(s) => s.name}
        query={query}
        state={list}
        searchLabel={t`Search subnets by name`}
        create={{ label: t`Create Subnet`, onClick: createModal.open }}
        empty={{
          title: t`No subnets yet`,
          description: vpc ? t`Create a subnet in ${vpcName} to place servers and virtual IPs.` : t`Create a subnet to place servers and virtual IPs.`,
          noMatch: t`No subnet matches this search`,
        }}
        pager={list.pager(query.data?.nextMarker)}
        rowActions={(s) => ({ actions: [{ kind: 'delete', label: t`Delete`, danger: true, disabledReason: null }], onAction: () => setDeleting(s) })}
        bulkActions={[
          { kind: 'delete', label: t`Delete`, title: t`Delete the selected subnets?`, run: (s) => del.mutateAsync({ vpcId: s.vpc_id, subnetId: s.id }) },
        ]}
      />
      <CreateSubnetModal key={vpc?.id ?? 'any'} opened={createOpened} onClose={createModal.close} presetVpcId={vpc?.id} />
      <DeleteSubnetDialog subnet={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
