import type { Subnet } from '../../contract';
import { useDeleteSubnet } from '../../api/subnets/delete-subnet';
import { DeleteDialog } from '../../components/delete-dialog';

export function DeleteSubnetDialog({ subnet, onClose, onDeleted }: { subnet: Subnet | null; onClose: () => void; onDeleted?: () => void }) {
  const del = useDeleteSubnet();
  return (
    <DeleteDialog
      subject={subnet}
      onClose={onClose}
      onDone={onDeleted}
      title={(s) => `Delete subnet ${s.name}?`}
      confirmLabel="Delete Subnet"
      consequences={(s) => `Subnet ${s.name} (${s.cidr}) will be deleted. A subnet that still has servers or virtual IPs cannot be deleted.`}
      request={(s) => del.mutateAsync({ vpcId: s.vpc_id, subnetId: s.id })}
      failure={(s) => `Could not delete ${s.name}`}
      success={(s) => ({ title: 'Subnet deleted', message: `${s.name} (${s.cidr}) was deleted.` })}
    />
  );
}
