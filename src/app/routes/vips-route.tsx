import { Button } from '@mantine/core';
import { IconHeartRateMonitor } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { VipTable } from '../../features/vips/vip-table';

export function VipsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Virtual IPs' }]}
        title="Virtual IPs"
        description="Addresses shared by several servers of one subnet, for keepalived HA pairs and LVS clusters."
        actions={
          <Button component={Link} to="/ha-groups/new" variant="light" leftSection={<IconHeartRateMonitor size={16} />}>
            Set up HA
          </Button>
        }
      />
      <VipTable />
    </>
  );
}
