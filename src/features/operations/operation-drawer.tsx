import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Code, Drawer, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Operation } from '../../contract';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate, formatNumber } from '../../components/format';
import { resourcePath } from '../../api/operations/operation-filters';
import { OperationResult } from './operation-result';

function pretty(text: string, empty: string): string {
  if (!text) return empty;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Body({ title, text, truncated }: { title: string; text: string; truncated?: boolean }) {
  const { t } = useLingui();
  const limit = formatNumber(8192);
  return (
    <Stack gap={4}>
      <Title order={3} fz="h5">
        {title}
      </Title>
      {truncated && (
        <Text size="xs" c="dimmed">
          <Trans>Cut to its first {limit} characters: the log keeps no more of a body.</Trans>
        </Text>
      )}
      <Code block mah={320} style={{ overflow: 'auto' }}>
        {pretty(text, t`(empty)`)}
      </Code>
    </Stack>
  );
}

/** One operation of the log, whole: who, what, on which resource, the answer, and both bodies. */
export function OperationDrawer({ op, onClose }: { op: Operation | null; onClose: () => void }) {
  const { t } = useLingui();
  const path = op ? resourcePath(op.resource_type, op.resource_id) : null;
  const action = op?.trace_name;
  const time = op ? formatDate(op.time, true) : '';
  return (
    <Drawer opened={op !== null} onClose={onClose} position="right" size="lg" title={op ? `${action} · ${time}` : ''}>
      {op && (
        <Stack>
          <DetailCard
            items={[
              { label: t`Action`, value: <Code>{op.trace_name}</Code> },
              { label: t`Result`, value: <OperationResult op={op} /> },
              { label: t`User`, value: `${op.user.name} (${op.user.id})` },
              { label: t`Client`, value: op.client },
              { label: t`Request`, value: <Code>{`${op.http_method} ${op.request_path}`}</Code> },
              {
                label: t`Resource`,
                value: path ? (
                  <Anchor component={Link} to={path} onClick={onClose}>
                    {op.resource_type} {op.resource_name || op.resource_id}
                  </Anchor>
                ) : (
                  `${op.resource_type} ${op.resource_name || op.resource_id || '—'}`
                ),
              },
              { label: t`Resource ID`, value: op.resource_id ? <Code>{op.resource_id}</Code> : '—' },
              {
                label: t`Trace ID`,
                value: (
                  <>
                    <Code>{op.trace_id}</Code> <CopyButton value={op.trace_id} label={t`Copy the trace ID`} />
                  </>
                ),
              },
            ]}
          />
          <Body title={t`Request body`} text={op.request} truncated={op.request_truncated} />
          <Body title={t`Response body`} text={op.response} truncated={op.response_truncated} />
        </Stack>
      )}
    </Drawer>
  );
}
