import { useLingui } from '@lingui/react/macro';
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError, errorMessage } from '../api/client';

/** The backend's message, as is, where the failure happened (the title in the console's language). */
export function InlineError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useLingui();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={title ?? t`The request was refused`} role="alert">
      {errorMessage(error)}
      {code && !code.startsWith('Console.') ? ` (${code})` : ''}
    </Alert>
  );
}
