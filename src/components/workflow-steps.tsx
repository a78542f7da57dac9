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
export function WorkflowSteps({ flow, label = 'Steps' }: { flow: Flow; label?: string }) {
  const failed = flow.steps.find((s) => s.status === 'failed');
  return (
    <Stack gap="sm">
      <StepList steps={flow.steps} label={label} />
      {flow.phase === 'failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={failed ? `Stopped at: ${failed.label}` : 'Stopped'}>
          <Text size="sm" mb="sm">
            <b>Retry</b> runs the remaining steps (a step already done is not done twice). <b>Undo</b> reverses the steps that were done, newest first.
          </Text>
          <Group>
            <Button size="sm" leftSection={<IconRefresh size={16} />} onClick={() => void flow.retry()}>
              Retry
            </Button>
            <Button size="sm" variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => void flow.undo()}>
              Undo
            </Button>
          </Group>
        </Alert>
      )}
      {flow.undoSteps.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Undo
          </Text>
          <StepList steps={flow.undoSteps} label="Undo steps" />
        </div>
      )}
      {flow.phase === 'undo-failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title="Undo stopped">
          <Group>
            <Button size="sm" leftSection={<IconArrowBackUp size={16} />} onClick={() => void flow.undo()}>
              Undo again
            </Button>
            <Button size="sm" variant="default" onClick={() => void flow.retry()}>
              Retry instead
            </Button>
          </Group>
        </Alert>
      )}
      {flow.phase === 'undone' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title="Undone">
          {flow.undoSteps.length === 0 ? 'Nothing had been changed.' : 'Every step that was done is reversed.'}
        </Alert>
      )}
    </Stack>
  );
}

/** Whether a workflow is between its start and its end (its dialog should not close). */
export const isWorking = (phase: Flow['phase']) => phase === 'running' || phase === 'undoing' || phase === 'checking';
