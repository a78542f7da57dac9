import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useRunDemoData } from '../../api/demo-data/run-demo-data';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';

type Action = 'reset' | 'load-large';

const TEXT: Record<Action, { title: string; body: string; confirm: string; done: string }> = {
  reset: {
    title: 'Reset demo data?',
    body: 'Every VPC, subnet, server, virtual IP and EIP of this project is replaced by the demo set (vpc-demo, subnet-web, ecs-web-01…).',
    confirm: 'Reset demo data',
    done: 'The project holds the demo data again.',
  },
  'load-large': {
    title: 'Load the large data set?',
    body: 'Every object of this project is replaced by 10,000 servers over 40 subnets. This takes a while.',
    confirm: 'Load large data set',
    done: '10,000 servers over 40 subnets are loaded.',
  },
};

export function DemoDataCard() {
  const run = useRunDemoData();
  const [asking, setAsking] = useState<Action | null>(null);
  const [running, setRunning] = useState<Action | null>(null);
  const start = (action: Action) => {
    setAsking(null);
    setRunning(action);
    run.mutate(action, {
      onSuccess: () => notifySuccess(action === 'reset' ? 'Demo data reset' : 'Large data set loaded', TEXT[action].done),
      onError: (err) => notifyError(action === 'reset' ? 'Could not reset the demo data' : 'Could not load the large data set', err),
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
          The backend runs in your browser and keeps its data in IndexedDB. Replace it with a known set at any time.
        </Text>
        <Group>
          <Button leftSection={<IconRefresh size={16} />} variant="default" onClick={() => setAsking('reset')} disabled={running !== null}>
            Reset demo data
          </Button>
          <Button leftSection={<IconDatabaseImport size={16} />} variant="default" onClick={() => setAsking('load-large')} disabled={running !== null}>
            Load large data set (10,000 servers over 40 subnets)
          </Button>
        </Group>
        {running && (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              {running === 'reset' ? 'Resetting the demo data…' : 'Loading 10,000 servers over 40 subnets…'}
            </Text>
            <Progress value={100} animated striped aria-label="Working" />
          </Stack>
        )}
        <InlineError error={run.error} />
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? TEXT[asking].title : ''}
        confirmLabel={asking ? TEXT[asking].confirm : ''}
        onConfirm={async () => asking && start(asking)}
      >
        {asking ? TEXT[asking].body : ''}
      </ConfirmDialog>
    </Paper>
  );
}
