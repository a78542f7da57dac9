import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useWriteBlock } from '../api/write-access';
import { GuardedButton } from './guarded-button';
import type { MoreActionsMenu } from './more-actions-menu';

/** One entry of a resource's action list: a disabled action carries the reason, shown as a tooltip. */
export interface ActionItem<K extends string> {
  kind: K;
  label: string;
  disabledReason: string | null;
  danger?: boolean;
  /** Changes nothing (Open, Act as): the acting user's read-only role does not block it. */
  reads?: boolean;
}

interface Props<K extends string> {
  actions: readonly ActionItem<K>[];
  /** Names the object in each button's accessible name in rows, e.g. "Release 192.0.2.1". */
  subject: string;
  onAction: (kind: K) => void;
  /** `compact-xs` in table rows, `sm` in a page header. */
  size?: 'compact-xs' | 'sm';
  pending?: K | null;
  /** How many actions show as buttons; the rest go in a "More" menu (default: all as buttons). */
  primary?: number;
}

type MenuComponent = typeof MoreActionsMenu;
let loadedMenu: MenuComponent | null = null;

/**
 * "More": the menu's code (Mantine's Menu and its positioning) loads on first use, so it stays off the
 * first route; until then this is a plain button that loads and opens it.
 */
function MoreActions<K extends string>(props: { actions: readonly ActionItem<K>[]; subject: string; blockedReason: string | null; onAction: (kind: K) => void; size: 'compact-xs' | 'sm' }) {
  const { t } = useLingui();
  const subject = props.subject;
  const [Menu, setMenu] = useState<MenuComponent | null>(() => loadedMenu);
  const [opened, setOpened] = useState(false);
  if (Menu) return <Menu {...props} opened={opened} onChange={setOpened} />;
  return (
    <Button
      size={props.size}
      variant={props.size === 'sm' ? 'default' : 'subtle'}
      rightSection={<IconChevronDown size={12} />}
      aria-label={t`More actions for ${subject}`}
      onClick={() =>
        void import('./more-actions-menu').then((m) => {
          loadedMenu = m.MoreActionsMenu;
          setMenu(() => m.MoreActionsMenu);
          setOpened(true);
        })
      }
    >
      <Trans>More</Trans>
    </Button>
  );
}

/**
 * A resource's actions as buttons, each greyed with its reason when not allowed (every one of them when
 * the console acts as a read-only user), still reachable by keyboard.
 */
export function ActionButtons<K extends string>({ actions, subject, onAction, size = 'compact-xs', pending = null, primary }: Props<K>) {
  const writeBlock = useWriteBlock();
  const shown = primary === undefined ? actions : actions.slice(0, primary);
  const more = actions.slice(shown.length);
  return (
    <Group gap={size === 'sm' ? 'xs' : 4} wrap="nowrap">
      {shown.map((a) => (
        <GuardedButton
          key={a.kind}
          blockedReason={(a.reads ? null : writeBlock) ?? a.disabledReason}
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
      {more.length > 0 && <MoreActions actions={more} subject={subject} blockedReason={writeBlock} onAction={onAction} size={size} />}
    </Group>
  );
}
