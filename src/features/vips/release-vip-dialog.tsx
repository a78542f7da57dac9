import { useDeleteVip } from '../../api/vips/delete-vip';
import { DeleteDialog } from '../../components/delete-dialog';
import type { VipRow } from './vip-row';

export function ReleaseVipDialog({ row, onClose, onReleased }: { row: VipRow | null; onClose: () => void; onReleased?: () => void }) {
  const del = useDeleteVip();
  return (
    <DeleteDialog
      subject={row}
      onClose={onClose}
      onDone={onReleased}
      title={(r) => `Release virtual IP ${r.ip}?`}
      confirmLabel="Release"
      consequences={(r) =>
        `Virtual IP ${r.ip}${r.port.name ? ` (${r.port.name})` : ''} will be released and its address returned to ${r.subnet?.name ?? 'the subnet'}. A virtual IP that is still bound to servers or holds an EIP cannot be released.`
      }
      request={(r) => del.mutateAsync({ vipId: r.port.id, networkId: r.port.network_id })}
      failure={(r) => `Could not release ${r.ip}`}
      success={(r) => ({ title: 'Virtual IP released', message: `${r.ip} is free again in ${r.subnet?.name ?? 'its subnet'}.` })}
    />
  );
}
