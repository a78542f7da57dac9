import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowBackUp, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import type { WorkflowHandle } from '../workflows/use-workflow';
import { ALERT_STYLES } from './alert-styles';
import { StepList } from './step-list';

type Flow = Pick<WorkflowHandle, 'steps' | 'undoSteps' | 'phase' | 'retry' | 'undo'>;

/**
 * The steps of a multi-call action as they run. A failed step shows the backend's message with Retry
 * (runs the steps not done yet; nothing is done twice) and Undo (reverses the done steps, newest first).
 */
export function WorkflowSteps({ flow, label }: { flow: Flow; label?: string }) {
  const { t } = useLingui();
  const failed = flow.steps.find((s) => s.status === 'failed');
  const failedStep = failed?.label;
  return (
    <Stack gap="sm">
      <StepList steps={flow.steps} label={label} />
      {flow.phase === 'failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={failed ? t`Stopped at: ${failedStep}` : t({ context: 'workflow', message: 'Stopped' })}>
          <Text size="sm" mb="sm">
            <Trans>
              <b>Retry</b> runs the remaining steps (a step already done is not done twice). <b>Undo</b> reverses the steps that were done, newest
              first.
            </Trans>
          </Text>
          <Group>
            <Button size="sm" leftSection={<IconRefresh size={16} />} onClick={() => void flow.retry()}>
              <Trans>Retry</Trans>
            </Button>
            <Button size="sm" variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => void flow.undo()}>
              <Trans>Undo</Trans>
            </Button>
          </Group>
        </Alert>
      )}
      {flow.undoSteps.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            <Trans>Undo</Trans>
          </Text>
          <StepList steps={flow.undoSteps} label={t`Undo steps`} />
        </div>
      )}
      {flow.phase === 'undo-failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={t`Undo stopped`}>
          <Group>
            <Button size="sm" leftSection={<IconArrowBackUp size={16} />} onClick={() => void flow.undo()}>
              <Trans>Undo again</Trans>
            </Button>
            <Button size="sm" variant="default" onClick={() => void flow.retry()}>
              <Trans>Retry instead</Trans>
            </Button>
          </Group>
        </Alert>
      )}
      {flow.phase === 'undone' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title={t`Undone`}>
          {flow.undoSteps.length === 0 ? t`Nothing had been changed.` : t`Every step that was done is reversed.`}
        </Alert>
      )}
    </Stack>
  );
}

/** Whether a workflow is between its start and its end (its dialog should not close). */
export const isWorking = (phase: Flow['phase']) => phase === 'running' || phase === 'undoing' || phase === 'checking';
