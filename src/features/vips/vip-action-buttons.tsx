import { Button, Group, Tooltip } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { vipActions, type VipActionKind } from './vip-actions';
import type { VipRow } from './vip-row';

interface Props {
  row: VipRow;
  onAction: (kind: VipActionKind, row: VipRow) => void;
  size?: 'compact-xs' | 'sm';
}

export function VipActionButtons({ row, onAction, size = 'compact-xs' }: Props) {
  const navigate = useNavigate();
  return (
    <Group gap={size === 'sm' ? 'xs' : 4} wrap="nowrap">
      {vipActions(row).map((a) => {
        const button = (
          <Button
            key={a.kind}
            size={size}
            variant={size === 'sm' ? (a.danger ? 'light' : 'default') : 'subtle'}
            color={a.danger ? 'red' : undefined}
            disabled={a.disabledReason !== null}
            onClick={() => (a.to ? navigate(a.to) : onAction(a.kind, row))}
            aria-label={size === 'sm' ? undefined : `${a.label} ${row.ip}`}
          >
            {a.label}
          </Button>
        );
        return a.disabledReason ? (
          <Tooltip key={a.kind} label={a.disabledReason} withArrow multiline maw={280}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
    </Group>
  );
}
