import { useLingui } from '@lingui/react/macro';
import type { Vpc } from '../../contract';
import { useDeleteVpc } from '../../api/vpcs/delete-vpc';
import { DeleteDialog } from '../../components/delete-dialog';

export function DeleteVpcDialog({ vpc, onClose, onDeleted }: { vpc: Vpc | null; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useLingui();
  const del = useDeleteVpc();
  return (
    <DeleteDialog
      subject={vpc}
      onClose={onClose}
      onDone={onDeleted}
      title={({ name }) => t`Delete VPC ${name}?`}
      confirmLabel={t`Delete VPC`}
      consequences={({ name, cidr }) => t`VPC ${name} (${cidr}) will be deleted. A VPC that still has subnets cannot be deleted.`}
      request={(v) => del.mutateAsync(v.id)}
      failure={({ name }) => t`Could not delete ${name}`}
      success={({ name, cidr }) => ({ title: t`VPC deleted`, message: t`${name} (${cidr}) was deleted.` })}
    />
  );
}
