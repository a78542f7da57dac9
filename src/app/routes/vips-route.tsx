import { PageHeader } from '../../components/page-header';
import { VipTable } from '../../features/vips/vip-table';

export function VipsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Virtual IPs' }]}
        title="Virtual IPs"
        description="Addresses shared by several servers of one subnet, for keepalived HA pairs and LVS clusters."
      />
      <VipTable />
    </>
  );
}
