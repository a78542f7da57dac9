import { useLingui } from '@lingui/react/macro';
import { Code, Stack } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { Server } from '../../contract';
import { useHalfDoneBindingsOfServer } from '../../api/ports/use-half-done-bindings';
import { useServer } from '../../api/servers/get-server';
import { fixedAddressesOf } from '../../api/servers/server-addresses';
import { HalfDoneAlert } from '../../components/check-on-flag';
import { CopyableCode } from '../../components/detail-card';
import { DetailPage } from '../../components/detail-page';
import { formatDate, formatNumber } from '../../components/format';
import { VpcLink } from '../../components/vpc-link';
import { ServerActionButtons } from './server-action-buttons';
import { ServerNicsTable } from './server-nics-table';
import { ServerStatusBadge } from './server-status-badge';

export function ServerDetail({ serverId }: { serverId: string }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const server = useServer(serverId);
  const s = server.data;
  const name = s?.name;
  const halfDone = useHalfDoneBindingsOfServer(serverId);
  const flavorText = ({ flavor }: Server) => {
    const flavorName = flavor?.name || flavor?.id;
    const vcpus = flavor?.vcpus;
    const ram = formatNumber(Number(flavor?.ram) / 1024);
    return t`${flavorName} (${vcpus} vCPU, ${ram} GiB)`;
  };
  return (
    <DetailPage
      crumbs={[{ label: t`Compute`, to: '/servers' }, { label: t`Servers`, to: '/servers' }, { label: name ?? serverId }]}
      title={s && t`Server ${name}`}
      operations={{ resourceType: 'server', resourceId: serverId }}
      actions={s && <ServerActionButtons server={s} size="sm" onDeleted={() => navigate('/servers')} />}
      notFound={{ what: t`Server`, backTo: '/servers', backLabel: t`Back to servers` }}
      error={server.error}
      errorTitle={t`Could not load the server`}
      alerts={<HalfDoneAlert bindings={halfDone} />}
      summaryHeight={280}
      summary={
        s && [
          { label: t`ID`, value: <CopyableCode value={s.id} label={t`Copy the server ID`} /> },
          { label: t`Status`, value: <ServerStatusBadge status={s.status} /> },
          {
            label: t`Private IPs`,
            value: (
              <Stack gap={2}>
                {fixedAddressesOf(s).map((a) => (
                  <Code key={a.portId}>{a.ip}</Code>
                ))}
              </Stack>
            ),
          },
          { label: t`VPC`, value: <VpcLink vpcId={s.metadata?.vpc_id ?? ''} /> },
          { label: t`Flavor`, value: flavorText(s) },
          { label: t`Image`, value: s.metadata?.image_name || s.image?.id || '—' },
          { label: t`Availability zone`, value: s['OS-EXT-AZ:availability_zone'] || '—' },
          { label: t`Created`, value: formatDate(s.created) },
        ]
      }
      tabs={{ base: `/servers/${serverId}`, list: [{ value: 'nics', label: t`NICs`, content: <ServerNicsTable serverId={serverId} /> }] }}
    />
  );
}
