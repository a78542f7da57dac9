import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ActionItem } from './action-buttons';

interface Props<K extends string> {
  actions: readonly ActionItem<K>[];
  subject: string;
  /** Overrides every item's reason (the acting user may not write). */
  blockedReason: string | null;
  onAction: (kind: K) => void;
  size: 'compact-xs' | 'sm';
  opened: boolean;
  onChange: (opened: boolean) => void;
}

/**
 * The actions after the first ones, in a menu. A blocked one shows its reason under its label and stays
 * reachable with the arrow keys (aria-disabled, the reason as its description), as GuardedButton does.
 */
export function MoreActionsMenu<K extends string>({ actions, subject, blockedReason, onAction, size, opened, onChange }: Props<K>) {
  const { t } = useLingui();
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-end" withinPortal width={280}>
      <Menu.Target>
        <Button size={size} variant={size === 'sm' ? 'default' : 'subtle'} rightSection={<IconChevronDown size={12} />} aria-label={t`More actions for ${subject}`}>
          <Trans>More</Trans>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => {
          const reason = (a.reads ? null : blockedReason) ?? a.disabledReason;
          return (
            <Menu.Item
              key={a.kind}
              color={a.danger && !reason ? 'red' : undefined}
              aria-disabled={reason ? true : undefined}
              aria-description={reason ?? undefined}
              closeMenuOnClick={!reason}
              style={reason ? { cursor: 'not-allowed' } : undefined}
              onClick={() => reason === null && onAction(a.kind)}
            >
              <Text size="sm" c={reason ? 'dimmed' : undefined}>
                {a.label}
              </Text>
              {reason && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }}>
                  {reason}
                </Text>
              )}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
