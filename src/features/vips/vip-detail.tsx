import { Anchor, Code, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useVip } from '../../api/vips/get-vip';
import { HalfDoneAlert } from '../../components/check-on-flag';
import { CopyableCode } from '../../components/detail-card';
import { DetailPage } from '../../components/detail-page';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { VpcLink } from '../../components/vpc-link';
import { useVipRows } from './use-vip-rows';
import { VipActionButtons } from './vip-action-buttons';
import { VipActionModals, type ActiveVipAction } from './vip-action-modals';
import { VipBoundServers } from './vip-bound-servers';

export function VipDetail({ vipId }: { vipId: string }) {
  const navigate = useNavigate();
  const vip = useVip(vipId);
  const { rows } = useVipRows(vip.data ? [vip.data] : undefined);
  const row = rows?.[0];
  const [active, setActive] = useState<ActiveVipAction | null>(null);
  return (
    <DetailPage
      crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Virtual IPs', to: '/vips' }, { label: row?.ip ?? vipId }]}
      title={row && `Virtual IP ${row.ip}`}
      description={row?.port.name || undefined}
      operations={{ resourceType: 'vip', resourceId: vipId }}
      actions={row && <VipActionButtons row={row} size="sm" onAction={(kind, r) => setActive({ kind, row: r })} />}
      notFound={{ what: 'Virtual IP', backTo: '/vips', backLabel: 'Back to virtual IPs' }}
      error={vip.error}
      errorTitle="Could not load the virtual IP"
      alerts={
        <HalfDoneAlert
          bindings={row?.bound.flatMap((b) => (b.halfDone ? [b.halfDone] : [])) ?? []}
          serverName={(id) => row?.bound.find((b) => b.serverId === id)?.serverName}
        />
      }
      summaryHeight={320}
      summary={
        row && [
          { label: 'Virtual IP address', value: <CopyableCode value={row.ip} label="Copy the virtual IP address" /> },
          { label: 'Name', value: row.port.name || '—' },
          { label: 'ID', value: <CopyableCode value={row.port.id} label="Copy the port ID" /> },
          {
            label: 'Subnet',
            value: (
              <Anchor component={Link} to={`/subnets/${row.port.network_id}`}>
                {row.subnet ? `${row.subnet.name} (${row.subnet.cidr})` : row.port.network_id}
              </Anchor>
            ),
          },
          { label: 'VPC', value: <VpcLink vpcId={row.subnet?.vpc_id ?? ''} /> },
          { label: 'MAC address', value: <Code>{row.port.mac_address}</Code> },
          { label: 'Status', value: <StatusBadge status={row.port.status} /> },
          {
            label: 'Bound EIP',
            value: row.eip ? (
              <Code>{row.eip.public_ip_address}</Code>
            ) : (
              <Text size="sm" c="dimmed">
                None
              </Text>
            ),
          },
          { label: 'Bound Servers (NIC)', value: <VipBoundServers bound={row.bound} /> },
          { label: 'Created', value: formatDate(row.port.created_at) },
        ]
      }
    >
      <VipActionModals active={active && row ? { kind: active.kind, row } : null} onClose={() => setActive(null)} onReleased={() => navigate('/vips')} />
    </DetailPage>
  );
}
