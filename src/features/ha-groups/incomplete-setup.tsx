import { Alert, Group, Stack, Text } from '@mantine/core';
import { ALERT_STYLES } from '../../components/alert-styles';
import { IconAlertTriangle, IconArrowBackUp, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useHaApply } from '../../workflows/use-ha-apply';
import type { HaGroup } from '../../contract';
import { notifySuccess } from '../../components/notify';
import { StepList } from '../../components/step-list';
import { WriteButton } from '../../components/write-button';

/** An incomplete group saved by the wizard: how far its setup got, with Retry and Undo right here. */
export function IncompleteSetup({ group }: { group: HaGroup }) {
  const runner = useHaApply();
  const navigate = useNavigate();
  const { resume } = runner;
  useEffect(() => {
    void resume(group);
    // Read once per group: the runner keeps its own state while it works.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [group.id, resume]);
  useEffect(() => {
    if (runner.phase === 'undone') {
      notifySuccess('Setup undone', `Everything the wizard applied for ${group.name} is reversed, and the group is deleted.`);
      navigate('/ha-groups');
    }
  }, [runner.phase, navigate, group.name]);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (runner.phase === 'running') wasRunning.current = true;
    if (runner.phase === 'done' && wasRunning.current) notifySuccess('Setup complete', `Every step of ${group.name} is applied; the group is complete.`);
  }, [runner.phase, group.name]);
  if (!group.apply_plan?.length) {
    return (
      <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title="This HA group is incomplete" mb="lg">
        It has no wizard steps to resume (a member server may have been deleted). Edit its members, or delete it.
      </Alert>
    );
  }
  const done = runner.steps.filter((s) => s.status === 'done').length;
  const busy = runner.phase === 'running' || runner.phase === 'undoing' || runner.phase === 'checking';
  return (
    <Alert color={runner.phase === 'done' ? 'teal' : 'orange'} styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={runner.phase === 'done' ? 'Setup complete' : 'Setup incomplete'} mb="lg">
      <Stack gap="sm">
        <Text size="sm">
          {done} of {runner.steps.length} steps are applied. Retry runs the rest (nothing is done twice); Undo reverses what was applied, newest first.
        </Text>
        <StepList steps={runner.steps} label="Apply steps" />
        {runner.undoSteps.length > 0 && <StepList steps={runner.undoSteps} label="Undo steps" />}
        {runner.phase !== 'done' && (
          <Group>
            <WriteButton size="sm" leftSection={<IconRefresh size={16} />} onClick={() => void runner.retry()} loading={runner.phase === 'running'} disabled={busy}>
              Retry
            </WriteButton>
            <WriteButton size="sm" variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()} loading={runner.phase === 'undoing'} disabled={busy}>
              Undo
            </WriteButton>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
