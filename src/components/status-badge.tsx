import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = {
  OK: 'teal',
  ACTIVE: 'teal',
  SHUTOFF: 'gray',
  DOWN: 'gray',
  BUILD: 'blue',
  CREATING: 'blue',
  ERROR: 'red',
};

const LABELS: Record<string, MessageDescriptor | undefined> = {
  OK: msg({ context: 'status', message: 'Available' }),
  ACTIVE: msg({ context: 'status', message: 'Active' }),
  SHUTOFF: msg({ context: 'status', message: 'Stopped' }),
  DOWN: msg({ context: 'status', message: 'Down' }),
  BUILD: msg({ context: 'status', message: 'Building' }),
  CREATING: msg({ context: 'status', message: 'Creating' }),
  ERROR: msg({ context: 'status', message: 'Error' }),
};

/** A status as a dot badge: `label` in the console's language, or the API's status word translated (an unknown one as is). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const { t } = useLingui();
  const known = LABELS[status];
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="dot" radius="sm" tt="none" fw={500}>
      {label ?? (known ? t(known) : status)}
    </Badge>
  );
}
