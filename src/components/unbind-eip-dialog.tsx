import type { PublicIp } from '../contract';
import { useSetEipPort } from '../api/eips/update-eip';
import { ConfirmDialog } from './confirm-dialog';
import { notifyError, notifySuccess } from './notify';

/** Unbind an EIP from its port (a VIP or a NIC): from the EIP's page or list, and from a VIP's. */
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
