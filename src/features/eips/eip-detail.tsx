import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Text } from '@mantine/core';
import type { MessageDescriptor } from '@lingui/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useEip } from '../../api/eips/get-eip';
import type { PublicIp } from '../../contract';
import { CopyableCode } from '../../components/detail-card';
import { DetailPage } from '../../components/detail-page';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { EipActionButtons } from './eip-action-buttons';
import { EipActionModals, type ActiveEipAction } from './eip-action-modals';
import { EipBoundTo } from './eip-bound-to';

const TYPE_LABELS: Record<string, MessageDescriptor> = { '5_bgp': msg`Dynamic BGP`, '5_sbgp': msg`Static BGP` };

export function EipDetail({ eipId }: { eipId: string }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const eip = useEip(eipId);
  const e = eip.data;
  const address = e?.public_ip_address;
  const [active, setActive] = useState<ActiveEipAction | null>(null);
  const typeText = ({ type, ip_version: version }: PublicIp) => {
    const typeName = TYPE_LABELS[type] ? t(TYPE_LABELS[type]) : type;
    return t`${typeName}, IPv${version}`;
  };
  const bandwidthText = ({ bandwidth_size: size, bandwidth_share_type: shareType, bandwidth_name: bandwidthName }: PublicIp) => {
    const share = shareType === 'PER' ? t`dedicated` : t`shared`;
    return bandwidthName ? t`${size} Mbit/s, ${share} (${bandwidthName})` : t`${size} Mbit/s, ${share}`;
  };
  return (
    <DetailPage
      crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`EIPs`, to: '/eips' }, { label: address ?? eipId }]}
      title={e && t`EIP ${address}`}
      description={e?.alias || undefined}
      operations={{ resourceType: 'eip', resourceId: eipId }}
      actions={e && <EipActionButtons eip={e} size="sm" onAction={(kind, target) => setActive({ kind, eip: target })} />}
      notFound={{ what: t`EIP`, backTo: '/eips', backLabel: t`Back to EIPs` }}
      error={eip.error}
      errorTitle={t`Could not load the EIP`}
      summaryHeight={300}
      summary={
        e && [
          { label: t`EIP address`, value: <CopyableCode value={e.public_ip_address} label={t`Copy the EIP address`} /> },
          { label: t`Name`, value: e.alias || '—' },
          { label: t`ID`, value: <CopyableCode value={e.id} label={t`Copy the EIP ID`} /> },
          { label: t`Status`, value: <StatusBadge status={e.status} label={e.port_id ? t`Bound` : t`Unbound`} /> },
          { label: t`Bound to`, value: <EipBoundTo eip={e} /> },
          { label: t`Type`, value: typeText(e) },
          {
            label: t`Bandwidth`,
            value: <Text size="sm">{bandwidthText(e)}</Text>,
          },
          { label: t`Created`, value: formatDate(e.create_time) },
        ]
      }
    >
      <EipActionModals active={active} onClose={() => setActive(null)} onReleased={() => navigate('/eips')} />
    </DetailPage>
  );
}
