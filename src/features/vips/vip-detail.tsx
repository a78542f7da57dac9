import { Anchor, Code, Group, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { useVip } from '../../api/vips/get-vip';
import { useVpc } from '../../api/vpcs/get-vpc';
import { HalfDoneAlert } from '../../components/check-on-flag';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useVipRows } from './use-vip-rows';
import { VipActionButtons } from './vip-action-buttons';
import { VipActionModals, type ActiveVipAction } from './vip-action-modals';
import { VipBoundServers } from './vip-bound-servers';
import { RecentOperationsLink } from '../../components/recent-operations-link';

export function VipDetail({ vipId }: { vipId: string }) {
  const navigate = useNavigate();
  const vip = useVip(vipId);
  const { rows } = useVipRows(vip.data ? [vip.data] : undefined);
  const row = rows?.[0];
  const vpcId = row?.subnet?.vpc_id ?? '';
  const vpc = useVpc(vpcId);
  const [active, setActive] = useState<ActiveVipAction | null>(null);
  const crumbs = [
    { label: 'Network', to: '/vpcs' },
    { label: 'Virtual IPs', to: '/vips' },
    { label: row?.ip ?? vipId },
  ];
  if (isNotFound(vip.error)) return <NotFoundPage crumbs={crumbs} what="Virtual IP" backTo="/vips" backLabel="Back to virtual IPs" />;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={row ? `Virtual IP ${row.ip}` : <Skeleton h={28} w={240} />}
        description={row?.port.name || undefined}
        actions={
          row && (
            <>
              <RecentOperationsLink resourceType="vip" resourceId={row.port.id} />
              <VipActionButtons row={row} size="sm" onAction={(kind, r) => setActive({ kind, row: r })} />
            </>
          )
        }
      />
      <InlineError error={vip.error} title="Could not load the virtual IP" />
      <HalfDoneAlert bindings={row?.bound.flatMap((b) => (b.halfDone ? [b.halfDone] : [])) ?? []} serverName={(id) => row?.bound.find((b) => b.serverId === id)?.serverName} />
      {row ? (
        <DetailCard
          items={[
            {
              label: 'Virtual IP address',
              value: (
                <Group gap={4}>
                  <Code>{row.ip}</Code>
                  <CopyButton value={row.ip} label="Copy the virtual IP address" />
                </Group>
              ),
            },
            { label: 'Name', value: row.port.name || '—' },
            {
              label: 'ID',
              value: (
                <Group gap={4}>
                  <Code>{row.port.id}</Code>
                  <CopyButton value={row.port.id} label="Copy the port ID" />
                </Group>
              ),
            },
            {
              label: 'Subnet',
              value: (
                <Anchor component={Link} to={`/subnets/${row.port.network_id}`}>
                  {row.subnet ? `${row.subnet.name} (${row.subnet.cidr})` : row.port.network_id}
                </Anchor>
              ),
            },
            {
              label: 'VPC',
              value: vpc.isLoading ? (
                <Skeleton h={16} w={140} />
              ) : vpcId ? (
                <Anchor component={Link} to={`/vpcs/${vpcId}`}>
                  {vpc.data?.name ?? vpcId}
                </Anchor>
              ) : (
                '—'
              ),
            },
            { label: 'MAC address', value: <Code>{row.port.mac_address}</Code> },
            { label: 'Status', value: <StatusBadge status={row.port.status} /> },
            {
              label: 'Bound EIP',
              value: row.eip ? <Code>{row.eip.public_ip_address}</Code> : <Text size="sm" c="dimmed">None</Text>,
            },
            { label: 'Bound Servers (NIC)', value: <VipBoundServers bound={row.bound} /> },
            { label: 'Created', value: formatDate(row.port.created_at) },
          ]}
        />
      ) : (
        !vip.error && <Skeleton h={320} radius="md" />
      )}
      <VipActionModals
        active={active && row ? { kind: active.kind, row } : null}
        onClose={() => setActive(null)}
        onReleased={() => navigate('/vips')}
      />
    </>
  );
}
