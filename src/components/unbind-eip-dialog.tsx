import type { PublicIp } from '../contract';
import { useSetEipPort } from '../api/eips/update-eip';
import { DeleteDialog } from './delete-dialog';

/** Unbind an EIP from its port (a VIP or a NIC): from the EIP's page or list, and from a VIP's. */
export function UnbindEipDialog({ eip, onClose }: { eip: PublicIp | null; onClose: () => void }) {
  const unbind = useSetEipPort();
  return (
    <DeleteDialog
      subject={eip}
      onClose={onClose}
      title={(e) => `Unbind EIP ${e.public_ip_address}?`}
      confirmLabel="Unbind"
      consequences={(e) =>
        `EIP ${e.public_ip_address} will stop reaching ${e.private_ip_address ?? 'its port'}; Internet traffic to it is dropped until it is bound again.`
      }
      request={(e) => unbind.mutateAsync({ eipId: e.id, portId: null })}
      failure={(e) => `Could not unbind ${e.public_ip_address}`}
      success={(e) => ({ title: 'EIP unbound', message: `${e.public_ip_address} no longer reaches ${e.private_ip_address ?? 'its port'}.` })}
    />
  );
}
