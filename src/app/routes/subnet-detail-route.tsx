import { Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { useSubnet } from '../../api/subnets/get-subnet';
import { useVpc } from '../../api/vpcs/get-vpc';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { DeleteSubnetDialog } from '../../features/subnets/delete-subnet-dialog';
import { SubnetSummary } from '../../features/subnets/subnet-summary';
import { UsedAddressesTable } from '../../features/subnets/used-addresses-table';
import { VipTable } from '../../features/vips/vip-table';
import { WriteButton } from '../../components/write-button';
import { RecentOperationsLink } from '../../components/recent-operations-link';

export function SubnetDetailRoute() {
  const { subnetId = '' } = useParams();
  const navigate = useNavigate();
  const subnet = useSubnet(subnetId);
  const vpc = useVpc(subnet.data?.vpc_id ?? '');
  const [deleting, setDeleting] = useState(false);
  const crumbs = [
    { label: 'Network', to: '/vpcs' },
    { label: 'Subnets', to: '/subnets' },
    { label: subnet.data?.name ?? subnetId },
  ];
  if (isNotFound(subnet.error)) return <NotFoundPage crumbs={crumbs} what="Subnet" backTo="/subnets" backLabel="Back to subnets" />;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={subnet.data ? `Subnet ${subnet.data.name}` : <Skeleton h={28} w={220} />}
        actions={
          subnet.data && (
            <>
            <RecentOperationsLink resourceType="subnet" resourceId={subnet.data.id} />
            <WriteButton color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
              Delete Subnet
            </WriteButton>
            </>
          )
        }
      />
      <InlineError error={subnet.error} title="Could not load the subnet" />
      {subnet.data ? <SubnetSummary subnet={subnet.data} vpcName={vpc.data?.name} /> : !subnet.error && <Skeleton h={260} mb="lg" radius="md" />}
      <Tabs defaultValue="ips" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ips">IP Addresses</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ips">
          {subnet.data && (
            <Stack gap="xl">
              <section aria-labelledby="subnet-vips-title">
                <Title order={2} fz="h4" mb="sm" id="subnet-vips-title">
                  Virtual IP addresses
                </Title>
                <VipTable subnet={subnet.data} />
              </section>
              <section aria-labelledby="subnet-used-title">
                <Title order={2} fz="h4" mb="sm" id="subnet-used-title">
                  Used addresses
                </Title>
                <UsedAddressesTable subnet={subnet.data} />
              </section>
            </Stack>
          )}
        </Tabs.Panel>
      </Tabs>
      <DeleteSubnetDialog
        subnet={deleting ? (subnet.data ?? null) : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/subnets')}
      />
    </>
  );
}
