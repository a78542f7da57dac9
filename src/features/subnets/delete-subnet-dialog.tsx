import { useLingui } from '@lingui/react/macro';
import type { Subnet } from '../../contract';
import { useDeleteSubnet } from '../../api/subnets/delete-subnet';
import { DeleteDialog } from '../../components/delete-dialog';

export function DeleteSubnetDialog({ subnet, onClose, onDeleted }: { subnet: Subnet | null; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useLingui();
  const del = useDeleteSubnet();
  return (
    <DeleteDialog
      subject={subnet}
      onClose={onClose}
      onDone={onDeleted}
      title={({ name }) => t`Delete subnet ${name}?`}
      confirmLabel={t`Delete Subnet`}
      consequences={({ name, cidr }) => t`Subnet ${name} (${cidr}) will be deleted. A subnet that still has servers or virtual IPs cannot be deleted.`}
      request={(s) => del.mutateAsync({ vpcId: s.vpc_id, subnetId: s.id })}
      failure={({ name }) => t`Could not delete ${name}`}
      success={({ name, cidr }) => ({ title: t`Subnet deleted`, message: t`${name} (${cidr}) was deleted.` })}
    />
  );
}
