import { useLingui } from '@lingui/react/macro';
import type { PublicIp } from '../contract';
import { useSetEipPort } from '../api/eips/update-eip';
import { DeleteDialog } from './delete-dialog';

/** Unbind an EIP from its port (a VIP or a NIC): from the EIP's page or list, and from a VIP's. */
export function UnbindEipDialog({ eip, onClose }: { eip: PublicIp | null; onClose: () => void }) {
  const { t } = useLingui();
  const unbind = useSetEipPort();
  return (
    <DeleteDialog
      subject={eip}
      onClose={onClose}
      title={({ public_ip_address: address }) => t`Unbind EIP ${address}?`}
      confirmLabel={t`Unbind`}
      consequences={({ public_ip_address: address, private_ip_address: port }) =>
        port
          ? t`EIP ${address} will stop reaching ${port}; Internet traffic to it is dropped until it is bound again.`
          : t`EIP ${address} will stop reaching its port; Internet traffic to it is dropped until it is bound again.`
      }
      request={(e) => unbind.mutateAsync({ eipId: e.id, portId: null })}
      failure={({ public_ip_address: address }) => t`Could not unbind ${address}`}
      success={({ public_ip_address: address, private_ip_address: port }) => ({
        title: t`EIP unbound`,
        message: port ? t`${address} no longer reaches ${port}.` : t`${address} no longer reaches its port.`,
      })}
    />
  );
}
