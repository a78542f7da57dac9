import { Code, Stack } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { useHalfDoneBindingsOfServer } from '../../api/ports/use-half-done-bindings';
import { useServer } from '../../api/servers/get-server';
import { fixedAddressesOf } from '../../api/servers/server-addresses';
import { HalfDoneAlert } from '../../components/check-on-flag';
import { CopyableCode } from '../../components/detail-card';
import { DetailPage } from '../../components/detail-page';
import { formatDate } from '../../components/format';
import { VpcLink } from '../../components/vpc-link';
import { ServerActionButtons } from './server-action-buttons';
import { ServerNicsTable } from './server-nics-table';
import { ServerStatusBadge } from './server-status-badge';

export function ServerDetail({ serverId }: { serverId: string }) {
  const navigate = useNavigate();
  const server = useServer(serverId);
  const s = server.data;
  const halfDone = useHalfDoneBindingsOfServer(serverId);
  return (
    <DetailPage
      crumbs={[{ label: 'Compute', to: '/servers' }, { label: 'Servers', to: '/servers' }, { label: s?.name ?? serverId }]}
      title={s && `Server ${s.name}`}
      operations={{ resourceType: 'server', resourceId: serverId }}
      actions={s && <ServerActionButtons server={s} size="sm" onDeleted={() => navigate('/servers')} />}
      notFound={{ what: 'Server', backTo: '/servers', backLabel: 'Back to servers' }}
      error={server.error}
      errorTitle="Could not load the server"
      alerts={<HalfDoneAlert bindings={halfDone} />}
      summaryHeight={280}
      summary={
        s && [
          { label: 'ID', value: <CopyableCode value={s.id} label="Copy the server ID" /> },
          { label: 'Status', value: <ServerStatusBadge status={s.status} /> },
          {
            label: 'Private IPs',
            value: (
              <Stack gap={2}>
                {fixedAddressesOf(s).map((a) => (
                  <Code key={a.portId}>{a.ip}</Code>
                ))}
              </Stack>
            ),
          },
          { label: 'VPC', value: <VpcLink vpcId={s.metadata?.vpc_id ?? ''} /> },
          { label: 'Flavor', value: `${s.flavor?.name || s.flavor?.id} (${s.flavor?.vcpus} vCPU, ${Number(s.flavor?.ram) / 1024} GiB)` },
          { label: 'Image', value: s.metadata?.image_name || s.image?.id || '—' },
          { label: 'Availability zone', value: s['OS-EXT-AZ:availability_zone'] || '—' },
          { label: 'Created', value: formatDate(s.created) },
        ]
      }
      tabs={{ base: `/servers/${serverId}`, list: [{ value: 'nics', label: 'NICs', content: <ServerNicsTable serverId={serverId} /> }] }}
    />
  );
}
