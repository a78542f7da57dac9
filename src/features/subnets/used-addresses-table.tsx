import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Code, Group, Pagination, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Subnet } from '../../contract';
import { useSubnetPorts } from '../../api/ports/get-ports';
import { useServersById } from '../../api/servers/get-server';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { ListToolbar } from '../../components/list-toolbar';
import { ResourceTable, type Column } from '../../components/resource-table';
import { usedAddresses, type AddressUse, type UsedAddress } from './used-addresses';
import { StatusBadge } from '../../components/status-badge';

const PAGE_SIZE = 50;

const USE_COLORS: Partial<Record<AddressUse, string>> = { 'Server NIC': 'blue', 'Virtual IP': 'grape', 'Other port': 'gray' };

const USE_LABELS: Record<AddressUse, MessageDescriptor> = {
  'Network address': msg`Network address`,
  Gateway: msg`Gateway`,
  'System interface': msg`System interface`,
  'DHCP service': msg`DHCP service`,
  'Broadcast address': msg`Broadcast address`,
  'Server NIC': msg`Server NIC`,
  'Virtual IP': msg`Virtual IP`,
  'Other port': msg`Other port`,
};

/** Every used address of the subnet with what uses it, reserved ones included. */
export function UsedAddressesTable({ subnet }: { subnet: Subnet }) {
  const { t } = useLingui();
  const privateIps = usePrivateIps(subnet.id);
  const ports = useSubnetPorts(subnet.id);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const all = privateIps.data && ports.data ? usedAddresses(subnet, privateIps.data, ports.data) : undefined;
  const filtered = all?.filter((a) => !search.trim() || a.ip.includes(search.trim()));
  const pages = Math.max(1, Math.ceil((filtered?.length ?? 0) / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = filtered?.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const serverIds = [...new Set((rows ?? []).filter((r) => r.use === 'Server NIC' && r.port?.device_id).map((r) => r.port!.device_id))];
  const servers = useServersById(serverIds);
  const serverName = new Map(servers.flatMap((q, i) => (q.data ? [[serverIds[i], q.data.name] as const] : [])));

  const subnetName = subnet.name;
  const columns: Column<UsedAddress>[] = [
    { key: 'ip', header: t`IP Address`, render: (a) => <Code>{a.ip}</Code> },
    {
      key: 'use',
      header: t`Used by`,
      render: (a) => {
        const use = t(USE_LABELS[a.use]);
        return (
          <Badge variant={a.reserved ? 'outline' : 'light'} color={a.reserved ? 'gray' : USE_COLORS[a.use]} radius="sm" tt="none">
            {a.reserved ? t`Reserved: ${use}` : use}
          </Badge>
        );
      },
    },
    {
      key: 'holder',
      header: t`Holder`,
      render: (a) => {
        if (a.reserved)
          return (
            <Text size="sm" c="dimmed">
              <Trans>Never assigned</Trans>
            </Text>
          );
        const ip = a.ip;
        if (a.use === 'Virtual IP' && a.port)
          return (
            <Anchor component={Link} to={`/vips/${a.port.id}`} size="sm">
              {a.port.name || t`Virtual IP ${ip}`}
            </Anchor>
          );
        if (a.use === 'Server NIC' && a.port)
          return (
            <Anchor component={Link} to={`/servers/${a.port.device_id}`} size="sm">
              {serverName.get(a.port.device_id) ?? a.port.device_id}
            </Anchor>
          );
        return <Text size="sm">{a.port?.device_owner ?? '—'}</Text>;
      },
    },
    {
      key: 'status',
      header: t`Status`,
      // A virtual IP's port is always DOWN (no device holds it): its state is its binding, on its own page.
      render: (a) => (a.status && a.use !== 'Virtual IP' ? <StatusBadge status={a.status} label={a.reserved ? t`Reserved` : undefined} /> : <Text size="sm">—</Text>),
    },
  ];
  return (
    <>
      <ListToolbar
        search={search}
        onSearch={(v) => {
          setSearch(v);
          setPage(1);
        }}
        searchLabel={t`Search addresses`}
        onRefresh={() => {
          void privateIps.refetch();
          void ports.refetch();
        }}
        refreshing={privateIps.isFetching || ports.isFetching}
      />
      <ResourceTable
        label={t`Used addresses of ${subnetName}`}
        columns={columns}
        rows={rows}
        rowKey={(a) => a.ip}
        loading={privateIps.isFetching}
        error={privateIps.error ?? ports.error}
        emptyTitle={t`No address matches`}
        emptyDescription={t`Clear the search to see every used address.`}
      />
      {pages > 1 && (
        <Group justify="flex-end" mt="sm">
          <Pagination total={pages} value={current} onChange={setPage} size="sm" aria-label={t`Pages of addresses`} />
        </Group>
      )}
    </>
  );
}
