import { useNavigate } from 'react-router-dom';
import { ActionButtons } from '../../components/action-buttons';
import type { RowActions } from '../../components/list-page';
import { vipActions, type VipActionKind } from './vip-actions';
import type { VipRow } from './vip-row';

type OnVipAction = (kind: VipActionKind, row: VipRow) => void;

/** A VIP's actions: a link action (Configure HA) opens its page, the others call `onAction`. */
export function useVipRowActions(onAction: OnVipAction): (row: VipRow) => RowActions<VipActionKind> {
  const navigate = useNavigate();
  return (row) => {
    const actions = vipActions(row);
    return {
      actions,
      onAction: (kind) => {
        const to = actions.find((a) => a.kind === kind)?.to;
        if (to) navigate(to);
        else onAction(kind, row);
      },
    };
  };
}

/** A VIP's actions as its page's header buttons. */
export function VipActionButtons({ row, onAction, size = 'sm', primary }: { row: VipRow; onAction: OnVipAction; size?: 'compact-xs' | 'sm'; primary?: number }) {
  const { actions, onAction: act } = useVipRowActions(onAction)(row);
  return <ActionButtons actions={actions} subject={row.ip} size={size} onAction={act} primary={primary} />;
}
