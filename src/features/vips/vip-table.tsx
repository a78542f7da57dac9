import { useLingui } from '@lingui/react/macro';
import { Anchor, Select, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Subnet } from '../../contract';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useDeleteVip } from '../../api/vips/delete-vip';
import { useVips } from '../../api/vips/get-vips';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { useMarkerListState, type SortState } from '../../components/use-list-state';
import { AssignVipModal } from './assign-vip-modal';
import { useVipRows } from './use-vip-rows';
import { useVipRowActions } from './vip-action-buttons';
import { vipReleaseBlock } from './vip-actions';
import { VipActionModals, type ActiveVipAction } from './vip-action-modals';
import { VipBoundServers } from './vip-bound-servers';
import type { VipRow } from './vip-row';
import { TruncatedName } from '../../components/truncated-name';

/** Virtual IPs across subnets (with VPC and subnet filters), or of one subnet (its IP Addresses tab). */
const BY_ADDRESS: SortState = { key: 'ip_address', dir: 'asc' };

export function VipTable({ subnet, actions }: { subnet?: Subnet; actions?: ReactNode }) {
  const { t } = useLingui();
  const subnetName = subnet?.name;
  const [vpcId, setVpcId] = useState<string | null>(null);
  const [filterSubnetId, setFilterSubnetId] = useState<string | null>(null);
  const vpcs = useAllVpcs();
  const subnets = useAllSubnets();
  const subnetsOfVpc = (subnets.data ?? []).filter((s) => !vpcId || s.vpc_id === vpcId);
  const networkIds = subnet ? [subnet.id] : filterSubnetId ? [filterSubnetId] : vpcId ? subnetsOfVpc.map((s) => s.id) : undefined;
  const waitingForSubnets = !subnet && !filterSubnetId && vpcId !== null && !subnets.data;
  const list = useMarkerListState(JSON.stringify(networkIds ?? null));
  // Addresses in order unless another sort is chosen (as a subnet's address list reads).
  const sort = list.sort ?? BY_ADDRESS;
  const query = useVips({
    pageSize: 20,
    marker: list.marker,
    name: list.name,
    sortKey: sort.key,
    sortDir: sort.dir,
    networkIds: networkIds && networkIds.length === 0 ? ['none'] : networkIds,
  });
  const { rows } = useVipRows(waitingForSubnets ? undefined : query.data?.items);
  const [assignOpened, assign] = useDisclosure();
  const [active, setActive] = useState<ActiveVipAction | null>(null);
  const rowActions = useVipRowActions((kind, row) => setActive({ kind, row }));
  const release = useDeleteVip();

  const columns: Column<VipRow>[] = [
    {
      key: 'ip',
      header: t`Virtual IP Address`,
      sortKey: 'ip_address',
      render: (r) => (
        <Anchor component={Link} to={`/vips/${r.port.id}`} fw={500} ff="monospace">
          {r.ip}
        </Anchor>
      ),
    },
    ...(subnet
      ? []
      : [
          { key: 'name', header: t`Name`, sortKey: 'name' as const, from: 'lg' as const, render: (r: VipRow) => (r.port.name ? <TruncatedName name={r.port.name} /> : <Text c="dimmed" size="sm">—</Text>) },
          {
            key: 'subnet',
            header: t`Subnet`,
            from: 'lg' as const,
            render: (r: VipRow) => (
              <Anchor component={Link} to={`/subnets/${r.port.network_id}`} size="sm">
                {r.subnet?.name ?? r.port.network_id}
              </Anchor>
            ),
          },
        ]),
    {
      key: 'eip',
      header: t`Bound EIP`,
      render: (r) => (r.eip ? <Text ff="monospace" size="sm">{r.eip.public_ip_address}</Text> : <Text c="dimmed" size="sm">—</Text>),
    },
    { key: 'servers', header: t`Bound Servers (NIC)`, render: (r) => <VipBoundServers bound={r.bound} /> },
  ];
  const filtered = Boolean(list.name || vpcId || filterSubnetId);
  // Keep the open action's row fresh after its mutation refetches.
  const activeRow = active ? (rows?.find((r) => r.port.id === active.row.port.id) ?? active.row) : null;
  const filters = !subnet && (
    <>
      <Select
        aria-label={t`Filter by VPC`}
        placeholder={t`All VPCs`}
        clearable
        data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        value={vpcId}
        onChange={(v) => {
          setVpcId(v);
          setFilterSubnetId(null);
        }}
        w={180}
      />
      <Select
        aria-label={t`Filter by subnet`}
        placeholder={t`All subnets`}
        clearable
        searchable
        data={subnetsOfVpc.map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
        value={filterSubnetId}
        onChange={setFilterSubnetId}
        w={240}
      />
    </>
  );
  return (
    <>
      <ListPage
        label={subnet ? t`Virtual IPs of ${subnetName}` : t`Virtual IPs`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.port.id}
        rowName={(r) => r.ip}
        query={query}
        state={list}
        searchLabel={t`Search virtual IPs by name`}
        sort={sort}
        filtered={filtered}
        filters={filters}
        create={{ label: t`Assign Virtual IP Address`, onClick: assign.open }}
        actions={actions}
        empty={{
          title: t`No virtual IPs yet`,
          description: subnet
            ? t`Assign a virtual IP address in ${subnetName}, then bind it to the servers that share it.`
            : t`Assign a virtual IP address, then bind it to the servers that share it.`,
          noMatch: t`No virtual IP matches`,
          noMatchHint: t`Change the filters, or clear the search.`,
        }}
        pager={list.pager(query.data?.nextMarker)}
        rowActions={rowActions}
        bulkActions={[
          {
            kind: 'release',
            label: t`Release`,
            title: t`Release the selected virtual IPs?`,
            blockedReason: vipReleaseBlock,
            run: (r) => release.mutateAsync({ vipId: r.port.id, networkId: r.port.network_id }),
          },
        ]}
      />
      <AssignVipModal key={subnet?.id ?? 'any'} opened={assignOpened} onClose={assign.close} presetSubnetId={subnet?.id} />
      <VipActionModals active={active && activeRow ? { kind: active.kind, row: activeRow } : null} onClose={() => setActive(null)} />
    </>
  );
}
