import { useLingui } from '@lingui/react/macro';
import { Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { InterfaceAttachment } from '../../contract';
import { usePortsById } from '../../api/ports/get-port';
import { useHalfDoneBindingsOfServer } from '../../api/ports/use-half-done-bindings';
import { useServerNics } from '../../api/servers/get-server-nics';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVips } from '../../api/vips/get-vips';
import { ListToolbar } from '../../components/list-toolbar';
import { CheckOnFlag } from '../../components/check-on-flag';
import { ResourceTable, type Column } from '../../components/resource-table';
import { SourceDestSwitch } from './source-dest-switch';

export function ServerNicsTable({ serverId }: { serverId: string }) {
  const { t } = useLingui();
  const nics = useServerNics(serverId);
  const ports = usePortsById((nics.data ?? []).map((n) => n.port_id));
  const subnets = useAllSubnets();
  const vips = useAllVips();
  const halfDone = useHalfDoneBindingsOfServer(serverId);
  const portOf = new Map(ports.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const subnetOf = new Map((subnets.data ?? []).map((s) => [s.id, s]));
  const columns: Column<InterfaceAttachment>[] = [
    { key: 'ip', header: t`IP Address`, render: (n) => <Code>{n.fixed_ips.map((f) => f.ip_address).join(', ')}</Code> },
    { key: 'mac', header: t`MAC Address`, render: (n) => <Code>{n.mac_addr}</Code> },
    {
      key: 'subnet',
      header: t`Subnet`,
      render: (n) => {
        const s = subnetOf.get(n.net_id);
        return (
          <Anchor component={Link} to={`/subnets/${n.net_id}`} size="sm">
            {s ? `${s.name} (${s.cidr})` : n.net_id}
          </Anchor>
        );
      },
    },
    {
      key: 'vips',
      header: t`Virtual IPs`,
      render: (n) => {
        const ips = n.fixed_ips.map((f) => f.ip_address);
        const bound = (vips.data ?? []).filter(
          (v) => v.network_id === n.net_id && v.allowed_address_pairs.some((p) => ips.includes(p.ip_address)),
        );
        return bound.length ? (
          <Group gap={6}>
            {bound.map((v) => (
              <Anchor key={v.id} component={Link} to={`/vips/${v.id}`} size="sm" ff="monospace">
                {v.fixed_ips[0]?.ip_address}
              </Anchor>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        );
      },
    },
    {
      key: 'check',
      header: t`Source/Destination Check`,
      render: (n) => (
        <Stack gap={6}>
          <SourceDestSwitch port={portOf.get(n.port_id)} ip={n.fixed_ips[0]?.ip_address ?? ''} serverId={serverId} />
          {halfDone
            .filter((b) => b.nicPortId === n.port_id)
            .map((b) => (
              <CheckOnFlag key={b.vipId} binding={b} />
            ))}
        </Stack>
      ),
    },
  ];
  return (
    <>
      <ListToolbar
        onRefresh={() => {
          void nics.refetch();
          ports.forEach((q) => void q.refetch());
        }}
        refreshing={nics.isFetching}
      />
      <ResourceTable
        label={t`NICs`}
        columns={columns}
        rows={nics.data}
        rowKey={(n) => n.port_id}
        loading={nics.isFetching}
        error={nics.error}
        emptyTitle={t`No NICs`}
        emptyDescription={t`This server has no network interface.`}
        skeletonRows={1}
      />
    </>
  );
}
