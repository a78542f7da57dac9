import { Anchor, Skeleton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useVpc } from '../api/vpcs/get-vpc';

/** A link to a VPC's page, named once the VPC has loaded; a dash without a VPC. */
export function VpcLink({ vpcId }: { vpcId: string }) {
  const vpc = useVpc(vpcId);
  if (!vpcId) return '—';
  if (vpc.isLoading) return <Skeleton h={16} w={140} />;
  return (
    <Anchor component={Link} to={`/vpcs/${vpcId}`}>
      {vpc.data?.name ?? vpcId}
    </Anchor>
  );
}
