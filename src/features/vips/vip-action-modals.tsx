import { UnbindEipDialog } from '../../components/unbind-eip-dialog';
import { BindEipToVipModal } from './bind-eip-to-vip-modal';
import { BindServerModal } from './bind-server-modal';
import { ReleaseVipDialog } from './release-vip-dialog';
import { UnbindVipDialog } from './unbind-vip-dialog';
import type { VipActionKind } from './vip-actions';
import type { VipRow } from './vip-row';

export interface ActiveVipAction {
  kind: VipActionKind;
  row: VipRow;
}

interface Props {
  active: ActiveVipAction | null;
  onClose: () => void;
  onReleased?: () => void;
}

export function VipActionModals({ active, onClose, onReleased }: Props) {
  const rowFor = (kind: VipActionKind) => (active?.kind === kind ? active.row : null);
  return (
    <>
      <BindServerModal row={rowFor('bind')} onClose={onClose} />
      <BindEipToVipModal row={rowFor('bind-eip')} onClose={onClose} />
      <UnbindEipDialog eip={rowFor('unbind-eip')?.eip ?? null} onClose={onClose} />
      <UnbindVipDialog row={rowFor('unbind')} onClose={onClose} />
      <ReleaseVipDialog row={rowFor('release')} onClose={onClose} onReleased={onReleased} />
    </>
  );
}
