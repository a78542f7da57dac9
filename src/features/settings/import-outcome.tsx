import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { ApiError, errorMessage } from '../../api/client';
import { importProblemsOf, type ImportResult, type ProjectFileKind } from '../../contract';

const WORDS: Record<ProjectFileKind, [string, string]> = {
  vpcs: ['VPC', 'VPCs'],
  subnets: ['subnet', 'subnets'],
  servers: ['server', 'servers'],
  ports: ['port', 'ports'],
  publicips: ['EIP', 'EIPs'],
  ha_groups: ['HA group', 'HA groups'],
};

export function importSummary(result: ImportResult): string {
  const parts = (Object.keys(WORDS) as ProjectFileKind[]).map((kind) => {
    const n = result.imported[kind];
    return `${n.toLocaleString('en')} ${WORDS[kind][n === 1 ? 0 : 1]}`;
  });
  return `${parts.join(', ')}.`;
}

export function ImportSucceeded({ result, fileName }: { result: ImportResult; fileName: string }) {
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={`Imported ${fileName}`} role="status">
      <Text size="sm">Created {importSummary(result)}</Text>
      <Text size="sm" c="dimmed">
        {result.ids === 'kept'
          ? 'Every object kept the id it has in the file.'
          : 'Some ids of the file were taken in this backend, so every object got a new id (references follow).'}
      </Text>
    </Alert>
  );
}

/** A refusal as a readable list: one `path: reason` line per problem, or the backend's message. */
export function ImportRefused({ error, fileName }: { error: unknown; fileName: string }) {
  const message = errorMessage(error);
  const problems = importProblemsOf(message);
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={`${fileName} was not imported`} role="alert">
      {problems.length === 0 ? (
        <Text size="sm">
          {message}
          {code && !code.startsWith('Console.') ? ` (${code})` : ''}
        </Text>
      ) : (
        <>
          <Text size="sm">{countOf(message)}</Text>
          <List size="sm" mt="xs" spacing={2} aria-label="Problems in the file" styles={{ item: { overflowWrap: 'anywhere' } }}>
            {problems.map((line, i) => (
              <List.Item key={i}>
                <ProblemLine line={line} />
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

/** "2 problems; nothing was written." from the refusal's first line. */
function countOf(message: string): string {
  const inner = /\(([^)]*)\)/.exec(message.split('\n')[0])?.[1];
  return inner ? `${inner.charAt(0).toUpperCase()}${inner.slice(1)}.` : message.split('\n')[0];
}

function ProblemLine({ line }: { line: string }) {
  const at = line.indexOf(': ');
  if (at < 0) return <>{line}</>;
  return (
    <>
      <Text span ff="monospace" fz="xs" fw={600}>
        {line.slice(0, at)}
      </Text>
      : {line.slice(at + 2)}
    </>
  );
}
