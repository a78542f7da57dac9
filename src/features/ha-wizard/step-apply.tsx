import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const { phase, steps, undoSteps } = runner;
  const failed = steps.find((st) => st.status === 'failed');
  const failedLabel = failed?.label;
  const busy = phase === 'running' || phase === 'undoing' || phase === 'checking';
  return (
    <Stack gap="md" maw={860}>
      {phase === 'checking' && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">
            <Trans>Reading what is applied already…</Trans>
          </Text>
        </Group>
      )}
      <StepList steps={steps} label={t`Apply steps`} />
      {phase === 'failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={failed ? t`Stopped at: ${failedLabel}` : t`The setup is incomplete`}>
          <Text size="sm" mb="sm">
            <Trans>
              The HA group is saved as incomplete. <b>Retry</b> runs the remaining steps (a step already done is never done twice). <b>Undo</b> reverses what
              was applied, newest first, and leaves the data as before.
            </Trans>
          </Text>
          <Group>
            <WriteButton leftSection={<IconRefresh size={16} />} onClick={() => void runner.retry()}>
              <Trans>Retry</Trans>
            </WriteButton>
            <WriteButton variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()}>
              <Trans>Undo</Trans>
            </WriteButton>
          </Group>
        </Alert>
      )}
      {undoSteps.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            <Trans>Undo</Trans>
          </Text>
          <StepList steps={undoSteps} label={t`Undo steps`} />
        </div>
      )}
      {phase === 'undo-failed' && (
        <Alert color="red" styles={ALERT_STYLES} variant="light" icon={<IconAlertCircle size={18} />} title={t`Undo stopped`}>
          <Group>
            <WriteButton leftSection={<IconArrowBackUp size={16} />} onClick={() => void runner.undo()}>
              <Trans>Undo again</Trans>
            </WriteButton>
            <WriteButton variant="default" onClick={() => void runner.retry()}>
              <Trans>Retry the setup instead</Trans>
            </WriteButton>
          </Group>
        </Alert>
      )}
      {phase === 'undone' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title={t`Undone`}>
          <Text size="sm" mb="sm">
            {undoSteps.length === 0 ? t`Nothing had been applied. Your choices are kept.` : t`Everything the wizard applied is reversed; the data is as before. Your choices are kept.`}
          </Text>
          <Group>
            <Button onClick={onBackToReview}>
              <Trans>Back to Review</Trans>
            </Button>
            <Button variant="default" component={Link} to="/ha-groups">
              <Trans>Close</Trans>
            </Button>
          </Group>
        </Alert>
      )}
      {phase === 'done' && (
        <Alert color="teal" styles={ALERT_STYLES} variant="light" icon={<IconCircleCheck size={18} />} title={t`The HA group is set up`}>
          <Text size="sm" mb="sm">
            <Trans>Every step is applied. Next, put the generated configuration on each server.</Trans>
          </Text>
          <Group>
            <Button onClick={onConfig}>
              <Trans>Next: Configuration</Trans>
            </Button>
            {runner.groupId && (
              <Button variant="default" component={Link} to={`/ha-groups/${runner.groupId}`}>
                <Trans>Open the HA group</Trans>
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {busy && phase !== 'checking' && (
        <Text size="xs" c="dimmed">
          <Trans>Working… If you close the tab now, the group stays incomplete and can be resumed (Retry or Undo) from HA groups.</Trans>
        </Text>
      )}
    </Stack>
  );
}

export function ConfigStepView({ groupId }: { groupId: string }) {
  const { t } = useLingui();
  const group = useHaGroup(groupId);
  const { files, error } = useHaGroupFiles(group.data);
  return (
    <Stack gap="sm">
      <InlineError error={group.error ?? error} title={t`Could not load the HA group`} />
      {group.data && <GroupSummary id={groupId} name={group.data.name} routerId={group.data.virtual_router_id} preempt={group.data.preempt} />}
      {files ? <ServerFilesView servers={files} archiveName={group.data!.name} /> : !error && <Loader size="sm" />}
    </Stack>
  );
}

function GroupSummary({ id, name, routerId, preempt }: { id: string; name: string; routerId: number; preempt: boolean }) {
  const group = (
    <Anchor component={Link} to={`/ha-groups/${id}`}>
      {name}
    </Anchor>
  );
  return (
    <Text size="sm">
      {preempt ? (
        <Trans>
          HA group {group}: virtual_router_id {routerId}, preemption on.
        </Trans>
      ) : (
        <Trans>
          HA group {group}: virtual_router_id {routerId}, nopreempt.
        </Trans>
      )}
    </Text>
  );
}
