import { Anchor, Code, Drawer, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Operation } from '../../contract';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { resourcePath } from '../../api/operations/operation-filters';
import { OperationResult } from './operation-result';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

function pretty(text: string): string {
  if (!text) return '(empty)';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Body({ title, text, truncated }: { title: string; text: string; truncated?: boolean }) {
  return (
    <Stack gap={4}>
      <Title order={3} fz="h5">
        {title}
      </Title>
      {truncated && (
        <Text size="xs" c="dimmed">
          Cut to its first 8,192 characters: the log keeps no more of a body.
        </Text>
      )}
      <Code block mah={320} style={{ overflow: 'auto' }}>
        {pretty(text)}
      </Code>
    </Stack>
  );
}

/** One operation of the log, whole: who, what, on which resource, the answer, and both bodies. */
export function OperationDrawer({ op, onClose }: { op: Operation | null; onClose: () => void }) {
  const path = op ? resourcePath(op.resource_type, op.resource_id) : null;
  return (
    <Drawer opened={op !== null} onClose={onClose} position="right" size="lg" title={op ? `${op.trace_name} · ${timeFormat.format(op.time)}` : ''}>
      {op && (
        <Stack>
          <DetailCard
            items={[
              { label: 'Action', value: <Code>{op.trace_name}</Code> },
              { label: 'Result', value: <OperationResult op={op} /> },
              { label: 'User', value: `${op.user.name} (${op.user.id})` },
              { label: 'Client', value: op.client },
              { label: 'Request', value: <Code>{`${op.http_method} ${op.request_path}`}</Code> },
              {
                label: 'Resource',
                value: path ? (
                  <Anchor component={Link} to={path} onClick={onClose}>
                    {op.resource_type} {op.resource_name || op.resource_id}
                  </Anchor>
                ) : (
                  `${op.resource_type} ${op.resource_name || op.resource_id || '—'}`
                ),
              },
              { label: 'Resource ID', value: op.resource_id ? <Code>{op.resource_id}</Code> : '—' },
              {
                label: 'Trace ID',
                value: (
                  <>
                    <Code>{op.trace_id}</Code> <CopyButton value={op.trace_id} label="Copy the trace ID" />
                  </>
                ),
              },
            ]}
          />
          <Body title="Request body" text={op.request} truncated={op.request_truncated} />
          <Body title="Response body" text={op.response} truncated={op.response_truncated} />
        </Stack>
      )}
    </Drawer>
  );
}
