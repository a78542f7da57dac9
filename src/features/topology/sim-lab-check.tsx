import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Stack, Text } from '@mantine/core';
import { LAB_FIGURES } from '../../domain/vrrp';
import { Hint } from '../../components/hint';

const SCENARIO_TEXT: Record<string, MessageDescriptor> = {
  'first-start': msg`First start`,
  'hard-stop': msg`Hard stop of the master, restore with preemption`,
  'health-check': msg`Health check fails (FAULT) and recovers`,
  nopreempt: msg`nopreempt`,
  'three-members': msg`Three members`,
};

/** How close the simulation came to real keepalived in the lab's last run (scripts/lab), with each scenario on hover. */
export function SimLabCheck() {
  const { t } = useLingui();
  if (LAB_FIGURES.scenarios.length === 0) return null;
  const version = LAB_FIGURES.keepalived;
  const within = LAB_FIGURES.maxDiffMs;
  const date = LAB_FIGURES.date;
  const rows = LAB_FIGURES.scenarios.map((s) => {
    const scenario = SCENARIO_TEXT[s.scenario] ? t(SCENARIO_TEXT[s.scenario]) : s.scenario;
    const group = s.group;
    const members = s.members;
    const ms = s.maxDiffMs;
    return { key: `${s.group}-${s.scenario}`, text: t`${group} (${members} members), ${scenario}: within ${ms} ms` };
  });
  const label = (
    <Stack gap={2}>
      <Text size="xs" fw={600}>{t`keepalived lab, ${date}: when each member took the VIP, real vs simulated`}</Text>
      {rows.map((r) => (
        <Text size="xs" key={r.key}>
          {r.text}
        </Text>
      ))}
    </Stack>
  );
  return (
    <Hint label={label} multiline w={320} withArrow>
      <Text size="xs" c="dimmed" tabIndex={0} data-testid="sim-lab-check" style={{ cursor: 'help', alignSelf: 'flex-start' }}>
        {t`Checked against keepalived ${version}: within ${within} ms`}
      </Text>
    </Hint>
  );
}
