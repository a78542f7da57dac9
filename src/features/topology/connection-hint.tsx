import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Paper, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useConnection } from '@xyflow/react';
import { useTopologyActions } from './actions-context';
import { judgeConnection } from './connection-rules';

/** While a connection is drawn: what dropping here would do, or why it is refused. */
export function ConnectionHint() {
  const { t } = useLingui();
  const drawn = useConnection((s) =>
    s.inProgress
      ? { from: s.fromNode?.id ?? null, fromHandle: s.fromHandle?.id ?? null, to: s.toNode?.id ?? null, toHandle: s.toHandle?.id ?? null }
      : null,
  );
  const facts = useTopologyActions().facts();
  if (!drawn) return null;
  if (!drawn.to) {
    return (
      <Paper withBorder px="sm" py={6} radius="md" shadow="sm">
        <Text size="sm">
          <Trans>Drop on a virtual IP to bind.</Trans>
        </Text>
      </Paper>
    );
  }
  const verdict = judgeConnection(facts, { source: drawn.from, sourceHandle: drawn.fromHandle, target: drawn.to, targetHandle: drawn.toHandle });
  return (
    <Alert color={verdict.ok ? 'teal' : 'red'} radius="md" className="topo-hint" icon={verdict.ok ? undefined : <IconX size={16} />} data-testid="connection-hint">
      {verdict.ok ? t`Release to bind: you will confirm first.` : verdict.reason}
    </Alert>
  );
}
