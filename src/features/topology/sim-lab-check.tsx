import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { LAB_FIGURES, type LabFigures } from '../../domain/vrrp';
import { Hint } from '../../components/hint';

const SCENARIO_TEXT: Record<string, MessageDescriptor> = {
  'first-start': msg`First start`,
  'hard-stop': msg`Hard stop of the master, restore with preemption`,
  'health-check': msg`Health check fails (FAULT) and recovers`,
  nopreempt: msg`nopreempt`,
  'three-members': msg`Three members`,
};

/** Figures written before the limit was recorded were checked against 250 ms. */
const DEFAULT_LIMIT_MS = 250;

/** Each scenario of the lab's last run, a failed one marked. */
export function SimLabFigures({ figures }: { figures: LabFigures }) {
  const { t } = useLingui();
  const date = figures.date;
  const limit = figures.limitMs ?? DEFAULT_LIMIT_MS;
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>{t`keepalived lab, ${date}: when each member took the VIP, real vs simulated`}</Text>
      {figures.scenarios.map((s) => {
        const scenario = SCENARIO_TEXT[s.scenario] ? t(SCENARIO_TEXT[s.scenario]) : s.scenario;
        const group = s.group;
        const members = s.members;
        const ms = s.maxDiffMs;
        let text = t`${group} (${members} members), ${scenario}: within ${ms} ms`;
        if (!s.passed) {
          text =
            ms > limit
              ? t`${group} (${members} members), ${scenario}: failed, off by ${ms} ms (limit ${limit} ms)`
              : t`${group} (${members} members), ${scenario}: failed, an event missing or in another order`;
        }
        if (s.passed) {
          return (
            <Text size="xs" key={`${s.group}-${s.scenario}`}>
              {text}
            </Text>
          );
        }
        return (
          <Group key={`${s.group}-${s.scenario}`} gap={4} wrap="nowrap" align="flex-start" c="red.3" data-failed>
            <IconAlertTriangle size={12} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="xs" fw={700} c="inherit">
              {text}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

/** How close the simulation came to real keepalived in the lab's last run (scripts/lab), with each scenario on hover. */
export function SimLabCheck({ figures = LAB_FIGURES }: { figures?: LabFigures }) {
  const { t } = useLingui();
  if (figures.scenarios.length === 0) return null;
  const version = figures.keepalived;
  const within = figures.maxDiffMs;
  const failed = figures.scenarios.filter((s) => !s.passed).length;
  const summary = failed
    ? t`Checked against keepalived ${version}: ${plural(failed, { one: '# scenario failed', other: '# scenarios failed' })}`
    : t`Checked against keepalived ${version}: within ${within} ms`;
  return (
    <Hint label={<SimLabFigures figures={figures} />} multiline w={320} withArrow>
      <Text size="xs" c={failed ? 'red' : 'dimmed'} tabIndex={0} data-testid="sim-lab-check" style={{ cursor: 'help', alignSelf: 'flex-start' }}>
        {summary}
      </Text>
    </Hint>
  );
}
