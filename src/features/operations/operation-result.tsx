import { Trans } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import type { Operation } from '../../contract';

const COLOR = { normal: 'teal', warning: 'orange', incident: 'red' } as const;

/** The answer of an operation: its HTTP status, and the error code when it was refused or failed. */
export function OperationResult({ op }: { op: Operation }) {
  if (!op.code)
    return (
      <Badge color="gray" variant="light" radius="sm" tt="none">
        <Trans>No answer recorded</Trans>
      </Badge>
    );
  return (
    <Badge color={COLOR[op.trace_rating]} variant="light" radius="sm" tt="none" ff="monospace">
      {op.code}
      {op.error_code ? ` ${op.error_code}` : ''}
    </Badge>
  );
}
