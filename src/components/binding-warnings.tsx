import { useLingui } from '@lingui/react/macro';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { BindingWarning } from '../domain';

/** The domain's binding warnings, shown before the user confirms a bind; nothing when there are none. */
export function BindingWarnings({ warnings }: { warnings: readonly BindingWarning[] }) {
  const { t } = useLingui();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t`Before you bind`}>
      <Stack gap={4}>
        {warnings.map((w) => (
          <Text key={w.kind + w.message} size="sm">
            {w.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
