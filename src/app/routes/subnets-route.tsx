import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { SubnetList } from '../../features/subnets/subnet-list';

export function SubnetsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`Subnets` }]}
        title={t`Subnets`}
        description={t`Address blocks inside a VPC. Servers' NICs and virtual IPs take their addresses from a subnet.`}
      />
      <SubnetList />
    </>
  );
}
