import { Anchor, Code, Group, Skeleton, Stack, Tabs } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { fixedAddressesOf } from '../../api/servers/server-addresses';
import { useServer } from '../../api/servers/get-server';
import { useHalfDoneBindingsOfServer } from '../../api/ports/use-half-done-bindings';
import { useVpc } from '../../api/vpcs/get-vpc';
import { HalfDoneAlert } from '../../components/check-on-flag';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { ServerActionButtons } from './server-action-buttons';
import { ServerNicsTable } from './server-nics-table';
import { ServerStatusBadge } from './server-status-badge';
import { RecentOperationsLink } from '../../components/recent-operations-link';

export function ServerDetail({ serverId }: { serverId: string }) {
  const navigate = useNavigate();
  const server = useServer(serverId);
  const s = server.data;
  const vpcId = s?.metadata?.vpc_id ?? '';
  const vpc = useVpc(vpcId);
  const halfDone = useHalfDoneBindingsOfServer(serverId);
  const crumbs = [
    { label: 'Compute', to: '/servers' },
    { label: 'Servers', to: '/servers' },
    { label: s?.name ?? serverId },
  ];
  if (isNotFound(server.error)) return <NotFoundPage crumbs={crumbs} what="Server" backTo="/servers" backLabel="Back to servers" />;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={s ? `Server ${s.name}` : <Skeleton h={28} w={220} />}
        actions={
          s && (
            <>
              <RecentOperationsLink resourceType="server" resourceId={s.id} />
              <ServerActionButtons server={s} size="sm" onDeleted={() => navigate('/servers')} />
            </>
          )
        }
      />
      <InlineError error={server.error} title="Could not load the server" />
      <HalfDoneAlert bindings={halfDone} />
      {s ? (
        <DetailCard
          items={[
            {
              label: 'ID',
              value: (
                <Group gap={4}>
                  <Code>{s.id}</Code>
                  <CopyButton value={s.id} label="Copy the server ID" />
                </Group>
              ),
            },
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
            { label: 'Flavor', value: `${s.flavor?.name || s.flavor?.id} (${s.flavor?.vcpus} vCPU, ${Number(s.flavor?.ram) / 1024} GiB)` },
            { label: 'Image', value: s.metadata?.image_name || s.image?.id || '—' },
            { label: 'Availability zone', value: s['OS-EXT-AZ:availability_zone'] || '—' },
            { label: 'Created', value: formatDate(s.created) },
          ]}
        />
      ) : (
        !server.error && <Skeleton h={280} mb="lg" radius="md" />
      )}
      <Tabs defaultValue="nics" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="nics">NICs</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nics">{s && <ServerNicsTable serverId={s.id} />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
