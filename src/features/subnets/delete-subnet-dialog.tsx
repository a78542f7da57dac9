import type { Subnet } from '../../contract';
import { useDeleteSubnet } from '../../api/subnets/delete-subnet';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';

interface Props {
  subnet: Subnet | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteSubnetDialog({ subnet, onClose, onDeleted }: Props) {
  const del = useDeleteSubnet();
  return (
    <ConfirmDialog
      opened={subnet !== null}
      onClose={onClose}
      title={`Delete subnet ${subnet?.name ?? ''}?`}
      confirmLabel="Delete Subnet"
      onConfirm={async () => {
        if (!subnet) return;
        try {
          await del.mutateAsync({ vpcId: subnet.vpc_id, subnetId: subnet.id });
        } catch (err) {
          notifyError(`Could not delete ${subnet.name}`, err);
          throw err;
        }
        notifySuccess('Subnet deleted', `${subnet.name} (${subnet.cidr}) was deleted.`);
        onDeleted?.();
      }}
    >
      {`Subnet ${subnet?.name} (${subnet?.cidr}) will be deleted. A subnet that still has servers or virtual IPs cannot be deleted.`}
    </ConfirmDialog>
  );
}
