import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Paper, Stepper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useHaApply } from '../../workflows/use-ha-apply';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { InlineError } from '../../components/inline-error';
import { PageHeader } from '../../components/page-header';
import { numberText, problemText } from '../../components/problem-text';
import { checkName, NUMBER_RULES } from '../../domain';
import { reviewBlocksApply } from '../../domain/ha';
import { ApplyStepView, ConfigStepView } from './step-apply';
import { InternetStep, ReviewStep } from './step-review';
import { ServersStep } from './step-servers';
import { ModeStep, NetworkStep, VipStep, useNewVipAddress } from './steps-network';
import { useWizardData } from './use-wizard-data';
import { applyContextOf, reviewOf } from './wizard-plan';
import { STEPS, STEP_LABELS, blockerOf, type StepKey } from './wizard-state';
import { useWizardUrl } from './use-wizard-url';
import { Hint } from '../../components/hint';
import { WriteButton } from '../../components/write-button';

/** The guided HA setup: eight steps, its state in the URL (`/ha-groups/new?mode=...&step=...`). */
export function HaWizard() {
  const { t } = useLingui();
  const { state: s, set, go } = useWizardUrl();
  const data = useWizardData(s);
  const runner = useHaApply();
  const vipAddress = useNewVipAddress(s, data);
  const saved = useHaGroup(runner.phase === 'idle' ? s.groupId : '');

  // Reopened on a saved group (a closed tab, a link from HA groups): show how far it got, offer Retry/Undo.
  const resumed = useRef(false);
  const { resume } = runner;
  useEffect(() => {
    if (!resumed.current && runner.phase === 'idle' && saved.data) {
      resumed.current = true;
      void resume(saved.data);
    }
  }, [runner.phase, saved.data, resume]);

  // Keep the URL on the group being applied, and off it once Undo removed it.
  const urlGroup = s.groupId;
  useEffect(() => {
    if (runner.groupId && runner.groupId !== urlGroup) set({ groupId: runner.groupId });
    if (runner.phase === 'undone' && urlGroup) set({ groupId: '' });
  }, [runner.groupId, runner.phase, urlGroup, set]);

  const index = STEPS.indexOf(s.step);
  const stepNo = index + 1;
  const stepCount = STEPS.length;
  const stepName = t(STEP_LABELS[s.step]);
  const locked = runner.phase !== 'idle' && runner.phase !== 'undone';
  const reached = locked || s.groupId ? 6 : index;

  const extraBlocker = (step: StepKey): string | null => {
    if (step === 'vip' && s.vip === 'new') return vipAddress.ipError;
    if (step === 'servers') {
      const name = problemText(checkName(data.settings.name));
      if (name) return name;
      const vrid = numberText(NUMBER_RULES.virtualRouterId, data.settings.vrid);
      if (vrid) return vrid;
    }
    return null;
  };
  const blocker = (step: StepKey) => blockerOf(s, step) ?? extraBlocker(step);
  const firstBlocked = STEPS.slice(0, Math.min(index, 5)).find((st) => blocker(st));
  const reviewBlocked = s.step === 'review' && reviewBlocksApply(reviewOf(s, data));

  const apply = () => {
    const ctx = applyContextOf(s, data);
    resumed.current = true;
    go('apply');
    void runner.start(ctx);
  };

  const props = { s, set, data };
  let body;
  const applying = (locked || s.groupId !== '') && index < STEPS.indexOf('apply');
  if (applying) {
    const group = data.settings.name;
    body = (
      <Text size="sm">
        <Trans>This setup is applied (or being applied) as HA group {group}: its choices are locked.</Trans>{' '}
        <Button variant="subtle" size="compact-sm" onClick={() => go('apply')}>
          <Trans>Go to Apply</Trans>
        </Button>
      </Text>
    );
  } else if (firstBlocked && !locked && !s.groupId) {
    const step = t(STEP_LABELS[firstBlocked]);
    const why = blocker(firstBlocked);
    body = (
      <Text size="sm" c="dimmed">
        <Trans>
          Step “{step}” is not finished: {why}
        </Trans>{' '}
        <Button variant="subtle" size="compact-sm" onClick={() => go(firstBlocked)}>
          <Trans>Go there</Trans>
        </Button>
      </Text>
    );
  } else {
    switch (s.step) {
      case 'mode':
        body = <ModeStep {...props} />;
        break;
      case 'network':
        body = <NetworkStep {...props} />;
        break;
      case 'vip':
        body = <VipStep {...props} />;
        break;
      case 'servers':
        body = <ServersStep {...props} />;
        break;
      case 'internet':
        body = <InternetStep {...props} />;
        break;
      case 'review':
        body = <ReviewStep {...props} />;
        break;
      case 'apply':
        body =
          runner.phase === 'idle' && !s.groupId ? (
            <Text size="sm" c="dimmed">
              <Trans>Nothing is being applied. Go back to Review and press Apply.</Trans>
            </Text>
          ) : (
            <>
              <InlineError error={saved.error} title={t`Could not load the HA group`} />
              <ApplyStepView runner={runner} onBackToReview={() => go('review')} onConfig={() => go('config')} />
            </>
          );
        break;
      case 'config':
        body = s.groupId ? (
          <ConfigStepView groupId={s.groupId} />
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>Apply the setup first.</Trans>
          </Text>
        );
        break;
    }
  }

  const nextBlocker = blocker(s.step);
  const nav = (() => {
    if (s.step === 'apply' || s.step === 'config' || applying) return null;
    const back = index > 0 && (
      <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => go(STEPS[index - 1])} disabled={locked}>
        <Trans>Back</Trans>
      </Button>
    );
    const reason = s.step === 'review' ? (reviewBlocked ? t`A failed check blocks Apply.` : null) : nextBlocker;
    const next =
      s.step === 'review' ? (
        <WriteButton leftSection={<IconPlayerPlay size={16} />} onClick={apply} disabled={reason !== null || data.loading}>
          <Trans>Apply</Trans>
        </WriteButton>
      ) : (
        <Button rightSection={<IconArrowRight size={16} />} onClick={() => go(STEPS[index + 1])} disabled={reason !== null}>
          <Trans>Next</Trans>
        </Button>
      );
    return (
      <Group justify="space-between" mt="lg">
        <div>{back}</div>
        <Group gap="sm">
          {reason && (
            <Text size="sm" c="dimmed" role="status">
              {reason}
            </Text>
          )}
          {reason ? (
            <Hint label={reason} withArrow>
              <span>{next}</span>
            </Hint>
          ) : (
            next
          )}
        </Group>
      </Group>
    );
  })();

  return (
    <>
      <PageHeader
        crumbs={[{ label: t`High availability`, to: '/ha-groups' }, { label: t`HA groups`, to: '/ha-groups' }, { label: t`Set up HA` }]}
        title={t`Set up HA`}
        description={t`A guided setup for either networking mode: checks first, then each API call as a visible step, then the configuration for each server.`}
      />
      <Paper withBorder radius="md" p="lg">
        <Text hiddenFrom="sm" fw={600} mb="md">
          {t`Step ${stepNo} of ${stepCount}: ${stepName}`}
        </Text>
        <Stepper
          visibleFrom="sm"
          className="wizard-stepper"
          wrap={false}
          active={index}
          onStepClick={(i) => !locked && !s.groupId && i <= reached && go(STEPS[i])}
          allowNextStepsSelect={false}
          size="sm"
          iconSize={26}
          mb="xl"
          styles={{ stepLabel: { fontSize: 'var(--mantine-font-size-sm)' }, separator: { marginInline: 6 } }}
        >
          {STEPS.map((st, i) => {
            const label = t(STEP_LABELS[st]);
            const n = i + 1;
            return <Stepper.Step key={st} label={label} aria-label={t`Step ${n}: ${label}`} allowStepSelect={!locked && !s.groupId && i < index} />;
          })}
        </Stepper>
        {body}
        {nav}
      </Paper>
    </>
  );
}
