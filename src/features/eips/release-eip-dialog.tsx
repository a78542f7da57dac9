import type { PublicIp } from '../../contract';
import { useDeleteEip } from '../../api/eips/delete-eip';
import { DeleteDialog } from '../../components/delete-dialog';

export function ReleaseEipDialog({ eip, onClose, onReleased }: { eip: PublicIp | null; onClose: () => void; onReleased?: () => void }) {
  const release = useDeleteEip();
  return (
    <DeleteDialog
      subject={eip}
      onClose={onClose}
      onDone={onReleased}
      title={(e) => `Release EIP ${e.public_ip_address}?`}
      confirmLabel="Release"
      consequences={(e) =>
        `EIP ${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''} and its bandwidth will be released; the address may go to someone else.`
      }
      request={(e) => release.mutateAsync(e.id)}
      failure={(e) => `Could not release ${e.public_ip_address}`}
      success={(e) => ({ title: 'EIP released', message: `${e.public_ip_address} was released.` })}
    />
  );
}
