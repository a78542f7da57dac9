import { Button, Group, Tooltip } from '@mantine/core';
import type { PublicIp } from '../../contract';
import { eipActions, type EipActionKind } from './eip-actions';

interface Props {
  eip: PublicIp;
  onAction: (kind: EipActionKind, eip: PublicIp) => void;
  size?: 'compact-xs' | 'sm';
}

export function EipActionButtons({ eip, onAction, size = 'compact-xs' }: Props) {
  return (
    <Group gap={size === 'sm' ? 'xs' : 4} wrap="nowrap">
      {eipActions(eip).map((a) => {
        const button = (
          <Button
            key={a.kind}
            size={size}
            variant={size === 'sm' ? (a.danger ? 'light' : 'default') : 'subtle'}
            color={a.danger ? 'red' : undefined}
            disabled={a.disabledReason !== null}
            onClick={() => onAction(a.kind, eip)}
            aria-label={size === 'sm' ? undefined : `${a.label} ${eip.public_ip_address}`}
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
