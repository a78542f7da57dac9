import type { PublicIp } from '../../contract';
import { BindEipModal } from './bind-eip-modal';
import type { EipActionKind } from './eip-actions';
import { ReleaseEipDialog } from './release-eip-dialog';
import { UnbindEipDialog } from '../../components/unbind-eip-dialog';

export interface ActiveEipAction {
  kind: EipActionKind;
  eip: PublicIp;
}

interface Props {
  active: ActiveEipAction | null;
  onClose: () => void;
  onReleased?: () => void;
}

/** The modal or confirmation of the EIP action in progress, if any. */
export function EipActionModals({ active, onClose, onReleased }: Props) {
  const of = (kind: EipActionKind) => (active?.kind === kind ? active.eip : null);
  return (
    <>
      <BindEipModal eip={of('bind')} onClose={onClose} />
      <UnbindEipDialog eip={of('unbind')} onClose={onClose} />
      <ReleaseEipDialog eip={of('release')} onClose={onClose} onReleased={onReleased} />
    </>
  );
}
