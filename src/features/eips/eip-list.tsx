import { Anchor, Button, Code, Group, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { PublicIp } from '../../contract';
import { useEips } from '../../api/eips/get-eips';
import { useAllVips } from '../../api/vips/get-vips';
import { formatDate } from '../../components/format';
import { ListToolbar } from '../../components/list-toolbar';
import { Pager } from '../../components/pager';
import { ResourceTable, type Column } from '../../components/resource-table';
import { StatusBadge } from '../../components/status-badge';
import { useMarkerListState } from '../../components/use-list-state';
import { BindEipModal } from './bind-eip-modal';
import { BuyEipModal } from './buy-eip-modal';
import { ReleaseEipDialog, UnbindEipDialog } from './eip-dialogs';

type Action = { kind: 'bind' | 'unbind' | 'release'; eip: PublicIp };

export function EipList() {
  const list = useMarkerListState();
  const query = useEips({ pageSize: 20, marker: list.marker, name: list.name, sortKey: list.sort?.key, sortDir: list.sort?.dir });
  const vips = useAllVips();
  const vipIds = new Set((vips.data ?? []).map((v) => v.id));
  const [buyOpened, buy] = useDisclosure();
  const [action, setAction] = useState<Action | null>(null);
  const of = (kind: Action['kind']) => (action?.kind === kind ? action.eip : null);
  const columns: Column<PublicIp>[] = [
    { key: 'address', header: 'EIP Address', render: (e) => <Code fw={600}>{e.public_ip_address}</Code> },
    { key: 'name', header: 'Name', sortKey: 'name', render: (e) => e.alias || <Text size="sm" c="dimmed">—</Text> },
    { key: 'status', header: 'Status', render: (e) => <StatusBadge status={e.status} label={e.port_id ? 'Bound' : 'Unbound'} /> },
    {
      key: 'bound',
      header: 'Bound To',
      render: (e) =>
        !e.port_id ? (
          <Text size="sm" c="dimmed">—</Text>
        ) : vipIds.has(e.port_id) ? (
          <Anchor component={Link} to={`/vips/${e.port_id}`} size="sm">
            Virtual IP {e.private_ip_address}
          </Anchor>
        ) : (
          <Text size="sm">NIC {e.private_ip_address}</Text>
        ),
    },
    { key: 'bandwidth', header: 'Bandwidth', render: (e) => `${e.bandwidth_size} Mbit/s` },
    { key: 'created', header: 'Created', sortKey: 'created_at', render: (e) => formatDate(e.create_time) },
    {
      key: 'actions',
      header: 'Actions',
      render: (e) => (
        <Group gap={4} wrap="nowrap">
          {e.port_id ? (
            <Button size="compact-xs" variant="subtle" aria-label={`Unbind ${e.public_ip_address}`} onClick={() => setAction({ kind: 'unbind', eip: e })}>
              Unbind
            </Button>
          ) : (
            <Button size="compact-xs" variant="subtle" aria-label={`Bind ${e.public_ip_address}`} onClick={() => setAction({ kind: 'bind', eip: e })}>
              Bind
            </Button>
          )}
          <Tooltip label={e.port_id ? 'Unbind it first' : `Release ${e.public_ip_address}`} withArrow>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={`Release ${e.public_ip_address}`}
              onClick={() => setAction({ kind: 'release', eip: e })}
            >
              Release
            </Button>
          </Tooltip>
        </Group>
      ),
    },
  ];
  const buyButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={buy.open}>
      Buy EIP
    </Button>
  );
  return (
    <>
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        searchLabel="Search EIPs by name"
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching}
        actions={buyButton}
      />
      <ResourceTable
        label="EIPs"
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => e.id}
        loading={query.isFetching}
        error={query.error}
        sort={list.sort}
        onSort={list.setSort}
        emptyTitle={list.name ? 'No EIP matches this search' : 'No EIPs yet'}
        emptyDescription={list.name ? 'Try another name, or clear the search.' : 'Buy an EIP, then bind it to a virtual IP to reach it from the Internet.'}
        emptyAction={list.name ? undefined : buyButton}
      />
      <Pager
        page={list.page}
        hasPrevious={list.page > 1}
        hasNext={Boolean(query.data?.nextMarker)}
        onPrevious={list.previous}
        onNext={() => query.data?.nextMarker && list.next(query.data.nextMarker)}
      />
      <BuyEipModal opened={buyOpened} onClose={buy.close} />
      <BindEipModal eip={of('bind')} onClose={() => setAction(null)} />
      <UnbindEipDialog eip={of('unbind')} onClose={() => setAction(null)} />
      <ReleaseEipDialog eip={of('release')} onClose={() => setAction(null)} />
    </>
  );
}
