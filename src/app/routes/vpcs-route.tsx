import { PageHeader } from '../../components/page-header';
import { VpcList } from '../../features/vpcs/vpc-list';

export function VpcsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'VPCs' }]}
        title="VPCs"
        description="Private networks. Each VPC holds subnets, and servers and virtual IPs live in subnets."
      />
      <VpcList />
    </>
  );
}
