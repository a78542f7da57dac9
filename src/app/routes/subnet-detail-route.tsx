import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useSubnet } from '../../api/subnets/get-subnet';
import { DetailPage } from '../../components/detail-page';
import { WriteButton } from '../../components/write-button';
import { DeleteSubnetDialog } from '../../features/subnets/delete-subnet-dialog';
import { subnetSummary } from '../../features/subnets/subnet-summary';
import { UsedAddressesTable } from '../../features/subnets/used-addresses-table';
import { VipTable } from '../../features/vips/vip-table';

export function SubnetDetailRoute() {
  const { subnetId = '' } = useParams();
  const navigate = useNavigate();
  const subnet = useSubnet(subnetId);
  const s = subnet.data;
  const [deleting, setDeleting] = useState(false);
  return (
    <DetailPage
      crumbs={[{ label: 'Network', to: '/vpcs' }, { label: 'Subnets', to: '/subnets' }, { label: s?.name ?? subnetId }]}
      title={s && `Subnet ${s.name}`}
      operations={{ resourceType: 'subnet', resourceId: subnetId }}
      actions={
        s && (
          <WriteButton color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
            Delete Subnet
          </WriteButton>
        )
      }
      notFound={{ what: 'Subnet', backTo: '/subnets', backLabel: 'Back to subnets' }}
      error={subnet.error}
      errorTitle="Could not load the subnet"
      summary={s && subnetSummary(s)}
      tabs={{
        base: `/subnets/${subnetId}`,
        list: [
          { value: 'vips', label: 'Virtual IPs', content: s && <VipTable subnet={s} /> },
          { value: 'used-addresses', label: 'Used addresses', content: s && <UsedAddressesTable subnet={s} /> },
        ],
      }}
    >
      <DeleteSubnetDialog subnet={deleting ? (s ?? null) : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/subnets')} />
    </DetailPage>
  );
}
