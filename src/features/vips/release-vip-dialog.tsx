import { useLingui } from '@lingui/react/macro';
import { useDeleteVip } from '../../api/vips/delete-vip';
import { DeleteDialog } from '../../components/delete-dialog';
import type { VipRow } from './vip-row';

export function ReleaseVipDialog({ row, onClose, onReleased }: { row: VipRow | null; onClose: () => void; onReleased?: () => void }) {
  const { t } = useLingui();
  const del = useDeleteVip();
  const consequences = ({ ip, port, subnet }: VipRow) => {
    const name = port.name;
    const label = name ? t`${ip} (${name})` : ip;
    const target = subnet?.name ?? t`the subnet`;
    return t`Virtual IP ${label} will be released and its address returned to ${target}. A virtual IP that is still bound to servers or holds an EIP cannot be released.`;
  };
  return (
    <DeleteDialog
      subject={row}
      onClose={onClose}
      onDone={onReleased}
      title={({ ip }) => t`Release virtual IP ${ip}?`}
      confirmLabel={t`Release`}
      consequences={consequences}
      request={(r) => del.mutateAsync({ vipId: r.port.id, networkId: r.port.network_id })}
      failure={({ ip }) => t`Could not release ${ip}`}
      success={({ ip, subnet }) => {
        const where = subnet?.name ?? t`its subnet`;
        return { title: t`Virtual IP released`, message: t`${ip} is free again in ${where}.` };
      }}
    />
  );
}
