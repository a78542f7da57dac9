import type { Vpc } from '../../contract';
import { useDeleteVpc } from '../../api/vpcs/delete-vpc';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';

interface Props {
  vpc: Vpc | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteVpcDialog({ vpc, onClose, onDeleted }: Props) {
  const del = useDeleteVpc();
  return (
    <ConfirmDialog
      opened={vpc !== null}
      onClose={onClose}
      title={`Delete VPC ${vpc?.name ?? ''}?`}
      confirmLabel="Delete VPC"
      onConfirm={async () => {
        if (!vpc) return;
        try {
          await del.mutateAsync(vpc.id);
        } catch (err) {
          notifyError(`Could not delete ${vpc.name}`, err);
          throw err;
        }
        notifySuccess('VPC deleted', `${vpc.name} (${vpc.cidr}) was deleted.`);
        onDeleted?.();
      }}
    >
      {`VPC ${vpc?.name} (${vpc?.cidr}) will be deleted. A VPC that still has subnets cannot be deleted.`}
    </ConfirmDialog>
  );
}
