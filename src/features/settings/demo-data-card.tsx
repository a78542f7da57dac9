import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../../components/format';
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

/** Long choices wrap on a phone instead of being cut. */
const WRAP_LABEL = { label: { whiteSpace: 'normal' }, inner: { justifyContent: 'flex-start' } } as const;

const CHOICE_ORDER: readonly Choice[] = ['reset', 'large-10k', 'large-50k'];

/** What each choice says, in the console's language. */
function useChoices(): Record<Choice, ChoiceText> {
  const { t } = useLingui();
  const large = (count: number, subnetCount: number, duration: string): ChoiceText => {
    const servers = formatNumber(count);
    const subnets = formatNumber(subnetCount);
    const size = t`${servers} servers over ${subnets} subnets`;
    return {
      request: { action: 'load-large', servers: count },
      button: t`Replace with ${size}`,
      title: t`Replace the demo data with ${servers} servers?`,
      body: t`Every VPC, subnet, server, virtual IP, EIP and HA group of this project is deleted and replaced by vpc-large: ${size}, with a virtual IP bound to two servers in each of the first four subnets, one with an EIP and the HA group ha-large. Reset demo data brings the demo set back. This takes ${duration}.`,
      confirm: t`Replace with ${servers} servers`,
      running: t`Replacing the data with ${size}…`,
      done: [t`Large data set loaded`, t`The project now holds ${size}.`],
      failed: t`Could not load the large data set`,
    };
  };
  return {
    reset: {
      request: { action: 'reset' },
      button: t`Reset demo data`,
      title: t`Reset demo data?`,
      body: t`Every VPC, subnet, server, virtual IP, EIP and HA group of this project is deleted and replaced by the demo set (vpc-demo, subnet-web, ecs-web-01…).`,
      confirm: t`Reset demo data`,
      running: t`Resetting the demo data…`,
      done: [t`Demo data reset`, t`The project holds the demo data again.`],
      failed: t`Could not reset the demo data`,
    },
    'large-10k': large(10_000, 40, t`up to half a minute`),
    'large-50k': large(50_000, 200, t`a minute or more on a busy machine`),
  };
}

export function DemoDataCard() {
  const { t } = useLingui();
  const CHOICES = useChoices();
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
          <Trans>Demo data</Trans>
        </Title>
        <Text size="sm" c="dimmed">
          <Trans>
            Replace this project&apos;s data on the backend in use with a known set at any time: the demo set, or a large one to see the console
            at scale. Each choice replaces everything in this project.
          </Trans>
        </Text>
        <Group>
          {CHOICE_ORDER.map((choice) => (
            <WriteButton
              key={choice}
              leftSection={choice === 'reset' ? <IconRefresh size={16} /> : <IconDatabaseImport size={16} />}
              variant="default"
              h="auto"
              mih={36}
              w={{ base: '100%', sm: 'auto' }}
              py={6}
              styles={WRAP_LABEL}
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
            <Progress value={100} animated striped aria-label={t`Working`} />
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
