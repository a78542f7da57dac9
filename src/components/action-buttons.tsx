import { Group } from '@mantine/core';
import { useWriteBlock } from '../api/write-access';
import { GuardedButton } from './guarded-button';

/** One entry of a resource's action list: a disabled action carries the reason, shown as a tooltip. */
export interface ActionItem<K extends string> {
  kind: K;
  label: string;
  disabledReason: string | null;
  danger?: boolean;
}

interface Props<K extends string> {
  actions: readonly ActionItem<K>[];
  /** Names the object in each button's accessible name in rows, e.g. "Release 192.0.2.1". */
  subject: string;
  onAction: (kind: K) => void;
  /** `compact-xs` in table rows, `sm` in a page header. */
  size?: 'compact-xs' | 'sm';
  pending?: K | null;
}

/**
 * A resource's actions as buttons, each greyed with its reason when not allowed (every one of them when
 * the console acts as a read-only user), still reachable by keyboard.
 */
export function ActionButtons<K extends string>({ actions, subject, onAction, size = 'compact-xs', pending = null }: Props<K>) {
  const writeBlock = useWriteBlock();
  return (
    <Group gap={size === 'sm' ? 'xs' : 4} wrap="nowrap">
      {actions.map((a) => (
        <GuardedButton
          key={a.kind}
          blockedReason={writeBlock ?? a.disabledReason}
          size={size}
          variant={size === 'sm' ? (a.danger ? 'light' : 'default') : 'subtle'}
          color={a.danger ? 'red' : undefined}
          loading={pending === a.kind}
          onClick={() => onAction(a.kind)}
          aria-label={size === 'sm' ? undefined : `${a.label} ${subject}`}
        >
          {a.label}
        </GuardedButton>
      ))}
    </Group>
  );
}
