import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { BulkAction } from './bulk-action';
import { WriteButton } from './write-button';

interface Props<T> {
  count: number;
  actions: readonly BulkAction<T>[];
  onAction: (action: BulkAction<T>) => void;
  onClear: () => void;
}

/** Shown while rows are selected: how many, what can be done to them all, and a way out. */
export function BulkBar<T>({ count, actions, onAction, onClear }: Props<T>) {
  const { t } = useLingui();
  return (
    <Paper withBorder radius="md" px="sm" py={6} mb="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label={t`Selection`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600} aria-live="polite">
          {t`${plural(count, { other: '# selected' })}`}
        </Text>
        <Group gap="xs">
          {actions.map((a) => (
            <WriteButton key={a.kind} size="xs" color="red" variant="light" onClick={() => onAction(a)}>
              {a.label}
            </WriteButton>
          ))}
          <Button size="xs" variant="subtle" leftSection={<IconX size={14} />} onClick={onClear}>
            <Trans>Clear selection</Trans>
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
