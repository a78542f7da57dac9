import { t } from '@lingui/core/macro';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** Tells the user a new version is ready, and activates it (then reloads) when they ask. */
export function showUpdatePrompt(activate: () => void) {
  notifications.show({
    id: 'update-available',
    title: t`A new version of the console is ready`,
    autoClose: false,
    closeButtonProps: { 'aria-label': t`Dismiss the update notice` },
    message: (
      <Group justify="space-between" mt={4}>
        <Text size="sm" c="var(--mantine-color-text)">
          {t`Your data stays as it is.`}
        </Text>
        <Button size="xs" onClick={activate}>
          {t`Reload`}
        </Button>
      </Group>
    ),
  });
}
