import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { PublicIp } from '../../contract';
import { useDeleteEip } from '../../api/eips/delete-eip';
import { useEips } from '../../api/eips/get-eips';
import { useAllVips } from '../../api/vips/get-vips';
import { formatDate, formatNumber } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { StatusBadge } from '../../components/status-badge';
import { useMarkerListState } from '../../components/use-list-state';
import { BuyEipModal } from './buy-eip-modal';
import { eipActions, eipReleaseBlock, type EipActionKind } from './eip-actions';
import { EipActionModals, type ActiveEipAction } from './eip-action-modals';
import { TruncatedName } from '../../components/truncated-name';

export function EipList() {
  const { t } = useLingui();
  const list = useMarkerListState();
  const query = useEips({ pageSize: 20, marker: list.marker, name: list.name, sortKey: list.sort?.key, sortDir: list.sort?.dir });
  const vips = useAllVips();
  const vipIds = new Set((vips.data ?? []).map((v) => v.id));
  const release = useDeleteEip();
  const [buyOpened, buy] = useDisclosure();
  const [action, setAction] = useState<ActiveEipAction | null>(null);
  const columns: Column<PublicIp>[] = [
    {
      key: 'address',
      header: t`EIP Address`,
      render: (e) => (
        <Anchor component={Link} to={`/eips/${e.id}`} fw={600} ff="monospace" size="sm">
          {e.public_ip_address}
        </Anchor>
      ),
    },
    { key: 'name', header: t`Name`, sortKey: 'name', render: (e) => (e.alias ? <TruncatedName name={e.alias} /> : <Text size="sm" c="dimmed">—</Text>) },
    { key: 'status', header: t`Status`, render: (e) => <StatusBadge status={e.status} label={e.port_id ? t`Bound` : t`Unbound`} /> },
    {
      key: 'bound',
      header: t`Bound To`,
      render: (e) => {
        const address = e.private_ip_address;
        return !e.port_id ? (
          <Text size="sm" c="dimmed">—</Text>
        ) : vipIds.has(e.port_id) ? (
          <Anchor component={Link} to={`/vips/${e.port_id}`} size="sm">
            <Trans>Virtual IP {address}</Trans>
          </Anchor>
        ) : (
          <Text size="sm">
            <Trans>NIC {address}</Trans>
          </Text>
        );
      },
    },
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a unit symbol, written the same in both languages (as Huawei's console does)
    { key: 'bandwidth', header: t`Bandwidth`, from: 'lg', render: (e) => `${formatNumber(e.bandwidth_size)} Mbit/s` },
    { key: 'created', header: t`Created`, sortKey: 'created_at', from: 'xl', render: (e) => formatDate(e.create_time) },
  ];
  return (
    <>
      <ListPage
        label={t`EIPs`}
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => e.id}
        rowName={(e) => e.public_ip_address}
        query={query}
        state={list}
        searchLabel={t`Search EIPs by name`}
        create={{ label: t`Buy EIP`, onClick: buy.open }}
        empty={{
          title: t`No EIPs yet`,
          description: t`Buy an EIP, then bind it to a virtual IP to reach it from the Internet.`,
          noMatch: t`No EIP matches this search`,
        }}
        pager={list.pager(query.data?.nextMarker)}
        rowActions={(e) => ({ actions: eipActions(e), onAction: (kind: EipActionKind) => setAction({ kind, eip: e }) })}
        bulkActions={[{ kind: 'release', label: t`Release`, title: t`Release the selected EIPs?`, blockedReason: eipReleaseBlock, run: (e) => release.mutateAsync(e.id) }]}
      />
      <BuyEipModal opened={buyOpened} onClose={buy.close} />
      <EipActionModals active={action} onClose={() => setAction(null)} />
    </>
  );
}
