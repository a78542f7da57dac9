import type { PublicIp } from '../../contract';
import { useDeleteEip } from '../../api/eips/delete-eip';
import { useSetEipPort } from '../../api/eips/update-eip';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';

export function UnbindEipDialog({ eip, onClose }: { eip: PublicIp | null; onClose: () => void }) {
  const unbind = useSetEipPort();
  return (
    <ConfirmDialog
      opened={eip !== null}
      onClose={onClose}
      title={`Unbind EIP ${eip?.public_ip_address ?? ''}?`}
      confirmLabel="Unbind"
      onConfirm={async () => {
        if (!eip) return;
        try {
          await unbind.mutateAsync({ eipId: eip.id, portId: null });
        } catch (err) {
          notifyError(`Could not unbind ${eip.public_ip_address}`, err);
          throw err;
        }
        notifySuccess('EIP unbound', `${eip.public_ip_address} no longer reaches ${eip.private_ip_address ?? 'its port'}.`);
      }}
    >
      {`EIP ${eip?.public_ip_address} will stop reaching ${eip?.private_ip_address ?? 'its port'}; Internet traffic to it is dropped until it is bound again.`}
    </ConfirmDialog>
  );
}

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
