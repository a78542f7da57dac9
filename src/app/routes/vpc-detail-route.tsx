import { Skeleton, Tabs } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { useVpc } from '../../api/vpcs/get-vpc';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { SubnetList } from '../../features/subnets/subnet-list';
import { DeleteVpcDialog } from '../../features/vpcs/delete-vpc-dialog';
import { VpcSummary } from '../../features/vpcs/vpc-summary';
import { WriteButton } from '../../components/write-button';
import { RecentOperationsLink } from '../../components/recent-operations-link';
import { vpcDeleteBlock } from '../../components/vpc-delete-block';
import { useAllSubnets } from '../../api/subnets/get-subnets';

export function VpcDetailRoute() {
  const { vpcId = '' } = useParams();
  const navigate = useNavigate();
  const vpc = useVpc(vpcId);
  const [deleting, setDeleting] = useState(false);
  const subnets = useAllSubnets(vpcId);
  const crumbs = [
    { label: 'Network', to: '/vpcs' },
    { label: 'VPCs', to: '/vpcs' },
    { label: vpc.data?.name ?? vpcId },
  ];
  if (isNotFound(vpc.error)) return <NotFoundPage crumbs={crumbs} what="VPC" backTo="/vpcs" backLabel="Back to VPCs" />;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={vpc.data ? `VPC ${vpc.data.name}` : <Skeleton h={28} w={220} />}
        actions={
          vpc.data && (
            <>
            <RecentOperationsLink resourceType="vpc" resourceId={vpc.data.id} />
            <WriteButton
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDeleting(true)}
              blockedReason={vpcDeleteBlock(vpc.data.name, subnets.data?.length)}
            >
              Delete VPC
            </WriteButton>
            </>
          )
        }
      />
      <InlineError error={vpc.error} title="Could not load the VPC" />
      {vpc.data ? <VpcSummary vpc={vpc.data} /> : !vpc.error && <Skeleton h={180} mb="lg" radius="md" />}
      <Tabs defaultValue="subnets" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="subnets">Subnets</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="subnets">{vpc.data && <SubnetList vpc={vpc.data} />}</Tabs.Panel>
      </Tabs>
      <DeleteVpcDialog vpc={deleting ? (vpc.data ?? null) : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/vpcs')} />
    </>
  );
}
