import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useRunDemoData } from '../../api/demo-data/run-demo-data';
import type { DemoDataRequest } from '../../contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';
import { WriteButton } from '../../components/write-button';

type Choice = 'reset' | 'large-10k' | 'large-50k';

interface ChoiceText {
  request: DemoDataRequest;
  button: string;
  title: string;
  body: string;
  confirm: string;
  running: string;
  done: [title: string, message: string];
  failed: string;
}

const REPLACED = 'Every VPC, subnet, server, virtual IP, EIP and HA group of this project is deleted and replaced by';
const LARGE_EXTRAS = 'with a virtual IP bound to two servers in each of the first four subnets, one with an EIP and the HA group ha-large. Reset demo data brings the demo set back.';

function largeChoice(servers: number, subnets: number, duration: string): ChoiceText {
  const size = `${servers.toLocaleString('en')} servers over ${subnets} subnets`;
  return {
    request: { action: 'load-large', servers },
    button: `Replace with ${size}`,
    title: `Replace the demo data with ${servers.toLocaleString('en')} servers?`,
    body: `${REPLACED} vpc-large: ${size}, ${LARGE_EXTRAS} This takes ${duration}.`,
    confirm: `Replace with ${servers.toLocaleString('en')} servers`,
    running: `Replacing the data with ${size}…`,
    done: ['Large data set loaded', `The project now holds ${size}.`],
    failed: 'Could not load the large data set',
  };
}

const CHOICES: Record<Choice, ChoiceText> = {
  reset: {
    request: { action: 'reset' },
    button: 'Reset demo data',
    title: 'Reset demo data?',
    body: `${REPLACED} the demo set (vpc-demo, subnet-web, ecs-web-01…).`,
    confirm: 'Reset demo data',
    running: 'Resetting the demo data…',
    done: ['Demo data reset', 'The project holds the demo data again.'],
    failed: 'Could not reset the demo data',
  },
  'large-10k': largeChoice(10_000, 40, 'up to half a minute'),
  'large-50k': largeChoice(50_000, 200, 'a minute or more on a busy machine'),
};

export function DemoDataCard() {
  const run = useRunDemoData();
  const [asking, setAsking] = useState<Choice | null>(null);
  const [running, setRunning] = useState<Choice | null>(null);
  const start = (choice: Choice) => {
    const text = CHOICES[choice];
    setAsking(null);
    setRunning(choice);
    run.mutate(text.request, {
      onSuccess: () => notifySuccess(...text.done),
      onError: (err) => notifyError(text.failed, err),
      onSettled: () => setRunning(null),
    });
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Demo data
        </Title>
        <Text size="sm" c="dimmed">
          Replace this project's data on the backend in use with a known set at any time: the demo set, or a
          large one to see the console at scale. Each choice replaces everything in this project.
        </Text>
        <Group>
          {(Object.keys(CHOICES) as Choice[]).map((choice) => (
            <WriteButton
              key={choice}
              leftSection={choice === 'reset' ? <IconRefresh size={16} /> : <IconDatabaseImport size={16} />}
              variant="default"
              onClick={() => setAsking(choice)}
              disabled={running !== null}
            >
              {CHOICES[choice].button}
            </WriteButton>
          ))}
        </Group>
        {running && (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              {CHOICES[running].running}
            </Text>
            <Progress value={100} animated striped aria-label="Working" />
          </Stack>
        )}
        <InlineError error={run.error} />
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? CHOICES[asking].title : ''}
        confirmLabel={asking ? CHOICES[asking].confirm : ''}
        onConfirm={async () => asking && start(asking)}
      >
        {asking ? CHOICES[asking].body : ''}
      </ConfirmDialog>
    </Paper>
  );
}
