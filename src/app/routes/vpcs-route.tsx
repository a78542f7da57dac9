import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { VpcList } from '../../features/vpcs/vpc-list';

export function VpcsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`VPCs` }]}
        title={t`VPCs`}
        description={t`Private networks. Each VPC holds subnets, and servers and virtual IPs live in subnets.`}
      />
      <VpcList />
    </>
  );
}
