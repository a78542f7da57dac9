import { PageHeader } from '../../components/page-header';
import { EipList } from '../../features/eips/eip-list';

export function EipsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'EIPs' }]}
        title="EIPs"
        description="Elastic public IPs. Bind one to a virtual IP to reach the active server from the Internet."
      />
      <EipList />
    </>
  );
}
