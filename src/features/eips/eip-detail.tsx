import { Code, Group, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { useEip } from '../../api/eips/get-eip';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { EipActionButtons } from './eip-action-buttons';
import { EipActionModals, type ActiveEipAction } from './eip-action-modals';
import { EipBoundTo } from './eip-bound-to';
import { RecentOperationsLink } from '../../components/recent-operations-link';

const TYPE_LABELS: Record<string, string> = { '5_bgp': 'Dynamic BGP', '5_sbgp': 'Static BGP' };

export function EipDetail({ eipId }: { eipId: string }) {
  const navigate = useNavigate();
  const eip = useEip(eipId);
  const e = eip.data;
  const [active, setActive] = useState<ActiveEipAction | null>(null);
  const crumbs = [
    { label: 'Network', to: '/vpcs' },
    { label: 'EIPs', to: '/eips' },
    { label: e?.public_ip_address ?? eipId },
  ];
  if (isNotFound(eip.error)) return <NotFoundPage crumbs={crumbs} what="EIP" backTo="/eips" backLabel="Back to EIPs" />;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={e ? `EIP ${e.public_ip_address}` : <Skeleton h={28} w={240} />}
        description={e?.alias || undefined}
        actions={
          e && (
            <>
              <RecentOperationsLink resourceType="eip" resourceId={e.id} />
              <EipActionButtons eip={e} size="sm" onAction={(kind, target) => setActive({ kind, eip: target })} />
            </>
          )
        }
      />
      <InlineError error={eip.error} title="Could not load the EIP" />
      {e ? (
        <DetailCard
          items={[
            {
              label: 'EIP address',
              value: (
                <Group gap={4}>
                  <Code>{e.public_ip_address}</Code>
                  <CopyButton value={e.public_ip_address} label="Copy the EIP address" />
                </Group>
              ),
            },
            { label: 'Name', value: e.alias || '—' },
            {
              label: 'ID',
              value: (
                <Group gap={4}>
                  <Code>{e.id}</Code>
                  <CopyButton value={e.id} label="Copy the EIP ID" />
                </Group>
              ),
            },
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
          ]}
        />
      ) : (
        !eip.error && <Skeleton h={300} mb="lg" radius="md" />
      )}
      <EipActionModals active={active} onClose={() => setActive(null)} onReleased={() => navigate('/eips')} />
    </>
  );
}
