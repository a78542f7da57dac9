import { useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const navigate = useNavigate();
  const vip = useVip(vipId);
  const { rows } = useVipRows(vip.data ? [vip.data] : undefined);
  const row = rows?.[0];
  const ip = row?.ip;
  const subnetName = row?.subnet?.name;
  const subnetCidr = row?.subnet?.cidr;
  const [active, setActive] = useState<ActiveVipAction | null>(null);
  return (
    <DetailPage
      crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`Virtual IPs`, to: '/vips' }, { label: ip ?? vipId }]}
      title={row && t`Virtual IP ${ip}`}
      description={row?.port.name || undefined}
      operations={{ resourceType: 'vip', resourceId: vipId }}
      actions={row && <VipActionButtons row={row} size="sm" primary={2} onAction={(kind, r) => setActive({ kind, row: r })} />}
      notFound={{ what: t`Virtual IP`, backTo: '/vips', backLabel: t`Back to virtual IPs` }}
      error={vip.error}
      errorTitle={t`Could not load the virtual IP`}
      alerts={
        <HalfDoneAlert
          bindings={row?.bound.flatMap((b) => (b.halfDone ? [b.halfDone] : [])) ?? []}
          serverName={(id) => row?.bound.find((b) => b.serverId === id)?.serverName}
        />
      }
      summaryHeight={320}
      summary={
        row && [
          { label: t`Virtual IP address`, value: <CopyableCode value={row.ip} label={t`Copy the virtual IP address`} /> },
          { label: t`Name`, value: row.port.name || '—' },
          { label: t`ID`, value: <CopyableCode value={row.port.id} label={t`Copy the port ID`} /> },
          {
            label: t`Subnet`,
            value: (
              <Anchor component={Link} to={`/subnets/${row.port.network_id}`}>
                {row.subnet ? t`${subnetName} (${subnetCidr})` : row.port.network_id}
              </Anchor>
            ),
          },
          { label: t`VPC`, value: <VpcLink vpcId={row.subnet?.vpc_id ?? ''} /> },
          { label: t`MAC address`, value: <Code>{row.port.mac_address}</Code> },
          {
            label: t`Status`,
            value: row.bound.length > 0 ? <StatusBadge status="OK" label={t`Bound`} /> : <StatusBadge status="DOWN" label={t`Not bound`} />,
          },
          {
            label: t`Bound EIP`,
            value: row.eip ? (
              <Code>{row.eip.public_ip_address}</Code>
            ) : (
              <Text size="sm" c="dimmed">
                —
              </Text>
            ),
          },
          { label: t`Bound Servers (NIC)`, value: <VipBoundServers bound={row.bound} /> },
          { label: t`Created`, value: formatDate(row.port.created_at) },
        ]
      }
    >
      <VipActionModals active={active && row ? { kind: active.kind, row } : null} onClose={() => setActive(null)} onReleased={() => navigate('/vips')} />
    </DetailPage>
  );
}
