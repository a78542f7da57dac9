import { useDeleteVip } from '../../api/vips/delete-vip';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';
import type { VipRow } from './vip-row';

interface Props {
  row: VipRow | null;
  onClose: () => void;
  onReleased?: () => void;
}

export function ReleaseVipDialog({ row, onClose, onReleased }: Props) {
  const del = useDeleteVip();
  return (
    <ConfirmDialog
      opened={row !== null}
      onClose={onClose}
      title={`Release virtual IP ${row?.ip ?? ''}?`}
      confirmLabel="Release"
      onConfirm={async () => {
        if (!row) return;
        try {
          await del.mutateAsync({ vipId: row.port.id, networkId: row.port.network_id });
        } catch (err) {
          notifyError(`Could not release ${row.ip}`, err);
          throw err;
        }
        notifySuccess('Virtual IP released', `${row.ip} is free again in ${row.subnet?.name ?? 'its subnet'}.`);
        onReleased?.();
      }}
    >
      {`Virtual IP ${row?.ip}${row?.port.name ? ` (${row.port.name})` : ''} will be released and its address returned to ${row?.subnet?.name ?? 'the subnet'}. A virtual IP that is still bound to servers or holds an EIP cannot be released.`}
    </ConfirmDialog>
  );
}
