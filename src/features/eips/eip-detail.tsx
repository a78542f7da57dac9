import { Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useEip } from '../../api/eips/get-eip';
import { CopyableCode } from '../../components/detail-card';
import { DetailPage } from '../../components/detail-page';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { EipActionButtons } from './eip-action-buttons';
import { EipActionModals, type ActiveEipAction } from './eip-action-modals';
import { EipBoundTo } from './eip-bound-to';

const TYPE_LABELS: Record<string, string> = { '5_bgp': 'Dynamic BGP', '5_sbgp': 'Static BGP' };

export function EipDetail({ eipId }: { eipId: string }) {
  const navigate = useNavigate();
  const eip = useEip(eipId);
  const e = eip.data;
  const [active, setActive] = useState<ActiveEipAction | null>(null);
  return (
    <DetailPage
      crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'EIPs', to: '/eips' }, { label: e?.public_ip_address ?? eipId }]}
      title={e && `EIP ${e.public_ip_address}`}
      description={e?.alias || undefined}
      operations={{ resourceType: 'eip', resourceId: eipId }}
      actions={e && <EipActionButtons eip={e} size="sm" onAction={(kind, target) => setActive({ kind, eip: target })} />}
      notFound={{ what: 'EIP', backTo: '/eips', backLabel: 'Back to EIPs' }}
      error={eip.error}
      errorTitle="Could not load the EIP"
      summaryHeight={300}
      summary={
        e && [
          { label: 'EIP address', value: <CopyableCode value={e.public_ip_address} label="Copy the EIP address" /> },
          { label: 'Name', value: e.alias || '—' },
          { label: 'ID', value: <CopyableCode value={e.id} label="Copy the EIP ID" /> },
          { label: 'Status', value: <StatusBadge status={e.status} label={e.port_id ? 'Bound' : 'Unbound'} /> },
          { label: 'Bound to', value: <EipBoundTo eip={e} /> },
          { label: 'Type', value: `${TYPE_LABELS[e.type] ?? e.type}, IPv${e.ip_version}` },
          {
            label: 'Bandwidth',
            value: (
              <Text size="sm">
                {e.bandwidth_size} Mbit/s, {e.bandwidth_share_type === 'PER' ? 'dedicated' : 'shared'}
                {e.bandwidth_name ? ` (${e.bandwidth_name})` : ''}
              </Text>
            ),
          },
          { label: 'Created', value: formatDate(e.create_time) },
        ]
      }
    >
      <EipActionModals active={active} onClose={() => setActive(null)} onReleased={() => navigate('/eips')} />
    </DetailPage>
  );
}
