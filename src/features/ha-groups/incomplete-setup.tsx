import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const runner = useHaApply();
  const name = group.name;
  const navigate = useNavigate();
  const { resume } = runner;
  useEffect(() => {
    void resume(group);
    // Read once per group: the runner keeps its own state while it works.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [group.id, resume]);
  useEffect(() => {
    if (runner.phase === 'undone') {
      notifySuccess(t`Setup undone`, t`Everything the wizard applied for ${name} is reversed, and the group is deleted.`);
      navigate('/ha-groups');
    }
  }, [runner.phase, navigate, name, t]);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (runner.phase === 'running') wasRunning.current = true;
    if (runner.phase === 'done' && wasRunning.current) notifySuccess(t`Setup complete`, t`Every step of ${name} is applied; the group is complete.`);
  }, [runner.phase, name, t]);
  if (!group.apply_plan?.length) {
    return (
      <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={t`This HA group is incomplete`} mb="lg">
        <Trans>It has no wizard steps to resume (a member server may have been deleted). Edit its members, or delete it.</Trans>
      </Alert>
    );
  }
  const done = runner.steps.filter((s) => s.status === 'done').length;
  const total = runner.steps.length;
  const busy = runner.phase === 'running' || runner.phase === 'undoing' || runner.phase === 'checking';
  return (
    <Alert color={runner.phase === 'done' ? 'teal' : 'orange'} styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={runner.phase === 'done' ? t`Setup complete` : t`Setup incomplete`} mb="lg">
      <Stack gap="sm">
        <Text size="sm">
          <Trans>
            {done} of {total} steps are applied. Retry runs the rest (nothing is done twice); Undo reverses what was applied, newest first.
          </Trans>
        </Text>
        <StepList steps={runner.steps} label={t`Apply steps`} />
        {runner.undoSteps.length > 0 && <StepList steps={runner.undoSteps} label={t`Undo steps`} />}
        {runner.phase !== 'done' && (
          <Group>
            <WriteButton size="sm" leftSection={<IconRefresh size={16} />} onClick={() => void runner.retry()} loading={runner.phase === 'running'} disabled={busy}>
              <Trans>Retry</Trans>
            </WriteButton>
            <WriteButton size="sm" variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()} loading={runner.phase === 'undoing'} disabled={busy}>
              <Trans>Undo</Trans>
            </WriteButton>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
