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

const LABELS: Record<string, string> = {
  OK: 'Available',
  ACTIVE: 'Active',
  SHUTOFF: 'Stopped',
  DOWN: 'Down',
  BUILD: 'Building',
  CREATING: 'Creating',
  ERROR: 'Error',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="dot" radius="sm" tt="none" fw={500}>
      {label ?? LABELS[status] ?? status}
    </Badge>
  );
}
