import { PageHeader } from '../../components/page-header';
import { SubnetList } from '../../features/subnets/subnet-list';

export function SubnetsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Subnets' }]}
        title="Subnets"
        description="Address blocks inside a VPC. Servers' NICs and virtual IPs take their addresses from a subnet."
      />
      <SubnetList />
    </>
  );
}
