import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { EipList } from '../../features/eips/eip-list';

export function EipsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`EIPs` }]}
        title={t`EIPs`}
        description={t`Elastic public IPs. Bind one to a virtual IP to reach the active server from the Internet.`}
      />
      <EipList />
    </>
  );
}
