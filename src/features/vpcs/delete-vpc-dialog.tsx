import type { Vpc } from '../../contract';
import { useDeleteVpc } from '../../api/vpcs/delete-vpc';
import { DeleteDialog } from '../../components/delete-dialog';

export function DeleteVpcDialog({ vpc, onClose, onDeleted }: { vpc: Vpc | null; onClose: () => void; onDeleted?: () => void }) {
  const del = useDeleteVpc();
  return (
    <DeleteDialog
      subject={vpc}
      onClose={onClose}
      onDone={onDeleted}
      title={(v) => `Delete VPC ${v.name}?`}
      confirmLabel="Delete VPC"
      consequences={(v) => `VPC ${v.name} (${v.cidr}) will be deleted. A VPC that still has subnets cannot be deleted.`}
      request={(v) => del.mutateAsync(v.id)}
      failure={(v) => `Could not delete ${v.name}`}
      success={(v) => ({ title: 'VPC deleted', message: `${v.name} (${v.cidr}) was deleted.` })}
    />
  );
}
