import { useLingui } from '@lingui/react/macro';
import type { PublicIp } from '../../contract';
import { useDeleteEip } from '../../api/eips/delete-eip';
import { DeleteDialog } from '../../components/delete-dialog';

export function ReleaseEipDialog({ eip, onClose, onReleased }: { eip: PublicIp | null; onClose: () => void; onReleased?: () => void }) {
  const { t } = useLingui();
  const release = useDeleteEip();
  return (
    <DeleteDialog
      subject={eip}
      onClose={onClose}
      onDone={onReleased}
      title={({ public_ip_address: address }) => t`Release EIP ${address}?`}
      confirmLabel={t`Release`}
      consequences={({ public_ip_address: address, alias }) =>
        alias
          ? t`EIP ${address} (${alias}) and its bandwidth will be released; the address may go to someone else.`
          : t`EIP ${address} and its bandwidth will be released; the address may go to someone else.`
      }
      request={(e) => release.mutateAsync(e.id)}
      failure={({ public_ip_address: address }) => t`Could not release ${address}`}
      success={({ public_ip_address: address }) => ({ title: t`EIP released`, message: t`${address} was released.` })}
    />
  );
}
