import { useNavigate } from 'react-router-dom';
import { ActionButtons } from '../../components/action-buttons';
import { vipActions, type VipActionKind } from './vip-actions';
import type { VipRow } from './vip-row';

interface Props {
  row: VipRow;
  onAction: (kind: VipActionKind, row: VipRow) => void;
  size?: 'compact-xs' | 'sm';
}

export function VipActionButtons({ row, onAction, size = 'compact-xs' }: Props) {
  const navigate = useNavigate();
  const actions = vipActions(row);
  return (
    <ActionButtons
      actions={actions}
      subject={row.ip}
      size={size}
      primary={size === 'sm' ? undefined : 2}
      onAction={(kind) => {
        const to = actions.find((a) => a.kind === kind)?.to;
        if (to) navigate(to);
        else onAction(kind, row);
      }}
    />
  );
}
