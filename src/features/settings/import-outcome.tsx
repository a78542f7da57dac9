import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { ApiError, errorMessage } from '../../api/client';
import { importProblemsOf, type ImportResult } from '../../contract';

/** What an import created, counted per kind: "1 VPC, 2 subnets, 6 servers, 9 ports, 3 EIPs, 1 HA group". */
export function importSummary(result: ImportResult): string {
  const { vpcs, subnets, servers, ports, publicips, ha_groups: groups } = result.imported;
  const vpcCount = plural(vpcs, { one: '# VPC', other: '# VPCs' });
  const subnetCount = plural(subnets, { one: '# subnet', other: '# subnets' });
  const serverCount = plural(servers, { one: '# server', other: '# servers' });
  const portCount = plural(ports, { one: '# port', other: '# ports' });
  const eipCount = plural(publicips, { one: '# EIP', other: '# EIPs' });
  const groupCount = plural(groups, { one: '# HA group', other: '# HA groups' });
  return t`${vpcCount}, ${subnetCount}, ${serverCount}, ${portCount}, ${eipCount}, ${groupCount}`;
}

export function ImportSucceeded({ result, fileName }: { result: ImportResult; fileName: string }) {
  const { t } = useLingui();
  const summary = importSummary(result);
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t`Imported ${fileName}`} role="status">
      <Text size="sm">
        <Trans>Created {summary}.</Trans>
      </Text>
      <Text size="sm" c="dimmed">
        {result.ids === 'kept'
          ? t`Every object kept the id it has in the file.`
          : t`Some ids of the file were taken in this backend, so every object got a new id (references follow).`}
      </Text>
    </Alert>
  );
}

/** A refusal as a readable list: one `path: reason` line per problem, or the backend's message. */
export function ImportRefused({ error, fileName }: { error: unknown; fileName: string }) {
  const { t } = useLingui();
  const message = errorMessage(error);
  const problems = importProblemsOf(message);
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t`${fileName} was not imported`} role="alert">
      {problems.length === 0 ? (
        <Text size="sm">
          {message}
          {code && !code.startsWith('Console.') ? ` (${code})` : ''}
        </Text>
      ) : (
        <>
          <Text size="sm">{countOf(message, problems.length)}</Text>
          <List size="sm" mt="xs" spacing={2} aria-label={t`Problems in the file`} styles={{ item: { overflowWrap: 'anywhere' } }}>
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

/** "2 problems; nothing was written.", counted from the refusal's first line (it counts problems beyond those listed). */
function countOf(message: string, listed: number): string {
  const counted = /\((\d+) problems?;/.exec(message.split('\n')[0])?.[1];
  const count = counted ? Number(counted) : listed;
  return plural(count, { one: '# problem; nothing was written.', other: '# problems; nothing was written.' });
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
