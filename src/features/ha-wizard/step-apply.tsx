import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { ALERT_STYLES } from '../../components/alert-styles';
import { IconAlertCircle, IconArrowBackUp, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import type { useHaApply } from '../../workflows/use-ha-apply';
import { useHaGroupFiles } from '../../api/ha-groups/config-spec';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { InlineError } from '../../components/inline-error';
import { ServerFilesView } from '../../components/server-files';
import { StepList } from '../../components/step-list';
import { WriteButton } from '../../components/write-button';

type Runner = ReturnType<typeof useHaApply>;

export function ApplyStepView({ runner, onBackToReview, onConfig }: { runner: Runner; onBackToReview: () => void; onConfig: () => void }) {
  const { phase, steps, undoSteps } = runner;
  const failed = steps.find((st) => st.status === 'failed');
  const busy = phase === 'running' || phase === 'undoing' || phase === 'checking';
  return (
    <Stack gap="md" maw={860}>
      {phase === 'checking' && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">Reading what is applied already…</Text>
        </Group>
      )}
      <StepList steps={steps} label="Apply steps" />
      {phase === 'failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={failed ? `Stopped at: ${failed.label}` : 'The setup is incomplete'}>
          <Text size="sm" mb="sm">
            The HA group is saved as incomplete. <b>Retry</b> runs the remaining steps (a step already done is never done twice). <b>Undo</b> reverses what was
            applied, newest first, and leaves the data as before.
          </Text>
          <Group>
            <WriteButton leftSection={<IconRefresh size={16} />} onClick={() => void runner.retry()}>
              Retry
            </WriteButton>
            <WriteButton variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()}>
              Undo
            </WriteButton>
          </Group>
        </Alert>
      )}
      {undoSteps.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Undo
          </Text>
          <StepList steps={undoSteps} label="Undo steps" />
        </div>
      )}
      {phase === 'undo-failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title="Undo stopped">
          <Group>
            <WriteButton leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()}>
              Undo again
            </WriteButton>
            <WriteButton variant="default" onClick={() => void runner.retry()}>
              Retry the setup instead
            </WriteButton>
          </Group>
        </Alert>
      )}
      {phase === 'undone' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title="Undone">
          <Text size="sm" mb="sm">
            {undoSteps.length === 0 ? 'Nothing had been applied.' : 'Everything the wizard applied is reversed; the data is as before.'} Your choices are kept.
          </Text>
          <Group>
            <Button onClick={onBackToReview}>Back to Review</Button>
            <Button variant="default" component={Link} to="/ha-groups">
              Close
            </Button>
          </Group>
        </Alert>
      )}
      {phase === 'done' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title="The HA group is set up">
          <Text size="sm" mb="sm">
            Every step is applied. Next, put the generated configuration on each server.
          </Text>
          <Group>
            <Button onClick={onConfig}>Next: Configuration</Button>
            {runner.groupId && (
              <Button variant="default" component={Link} to={`/ha-groups/${runner.groupId}`}>
                Open the HA group
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {busy && phase !== 'checking' && (
        <Text size="xs" c="dimmed">
          Working… If you close the tab now, the group stays incomplete and can be resumed (Retry or Undo) from HA groups.
        </Text>
      )}
    </Stack>
  );
}

export function ConfigStepView({ groupId }: { groupId: string }) {
  const group = useHaGroup(groupId);
  const { files, error } = useHaGroupFiles(group.data);
  return (
    <Stack gap="sm">
      <InlineError error={group.error ?? error} title="Could not load the HA group" />
      {group.data && (
        <Text size="sm">
          HA group{' '}
          <Anchor component={Link} to={`/ha-groups/${groupId}`}>
            {group.data.name}
          </Anchor>
          : virtual_router_id {group.data.virtual_router_id}, {group.data.preempt ? 'preemption on' : 'nopreempt'}.
        </Text>
      )}
      {files ? <ServerFilesView servers={files} archiveName={group.data!.name} /> : !error && <Loader size="sm" />}
    </Stack>
  );
}
