import { ActionButtons } from '../../components/action-buttons';
import type { PublicIp } from '../../contract';
import { eipActions, type EipActionKind } from './eip-actions';

interface Props {
  eip: PublicIp;
  onAction: (kind: EipActionKind, eip: PublicIp) => void;
  size?: 'compact-xs' | 'sm';
}

export function EipActionButtons({ eip, onAction, size = 'compact-xs' }: Props) {
  return <ActionButtons actions={eipActions(eip)} subject={eip.public_ip_address} size={size} onAction={(kind) => onAction(kind, eip)} />;
}
