import { IconHeartRateMonitor } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { VipTable } from '../../features/vips/vip-table';
import { WriteButton } from '../../components/write-button';

export function VipsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Virtual IPs' }]}
        title="Virtual IPs"
        description="Addresses shared by several servers of one subnet, for keepalived HA pairs and LVS clusters."
        actions={
          <WriteButton component={Link} to="/ha-groups/new" variant="light" leftSection={<IconHeartRateMonitor size={16} />}>
            Set up HA
          </WriteButton>
        }
      />
      <VipTable />
    </>
  );
}
