import type { PublicIp } from '../../contract';
import { useDeleteEip } from '../../api/eips/delete-eip';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';

export function ReleaseEipDialog({ eip, onClose, onReleased }: { eip: PublicIp | null; onClose: () => void; onReleased?: () => void }) {
  const release = useDeleteEip();
  return (
    <ConfirmDialog
      opened={eip !== null}
      onClose={onClose}
      title={`Release EIP ${eip?.public_ip_address ?? ''}?`}
      confirmLabel="Release"
      onConfirm={async () => {
        if (!eip) return;
        try {
          await release.mutateAsync(eip.id);
        } catch (err) {
          notifyError(`Could not release ${eip.public_ip_address}`, err);
          throw err;
        }
        notifySuccess('EIP released', `${eip.public_ip_address} was released.`);
        onReleased?.();
      }}
    >
      {`EIP ${eip?.public_ip_address}${eip?.alias ? ` (${eip.alias})` : ''} and its bandwidth will be released; the address may go to someone else.`}
    </ConfirmDialog>
  );
}
