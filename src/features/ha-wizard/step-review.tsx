import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Group, List, NumberInput, Paper, Radio, Select, Stack, Table, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { ALERT_STYLES } from '../../components/alert-styles';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { InlineError } from '../../components/inline-error';
import { reviewBlocksApply, type ReviewCheck } from '../../domain/ha';
import { numberText } from '../../components/problem-text';
import { NUMBER_RULES } from '../../domain';
import { stepLabel } from '../../api/step-text';
import { reviewText } from './review-text';
import type { StepProps } from './steps-network';
import { applyContextOf, reviewOf } from './wizard-plan';

export function InternetStep({ s, set, data }: StepProps) {
  const { t } = useLingui();
  const unbound = (data.eips.data ?? []).filter((e) => !e.port_id);
  const choice = s.eip === 'none' || s.eip === 'new' ? s.eip : 'existing';
  const free = unbound.length;
  return (
    <Stack maw={620}>
      <InlineError error={data.eips.error} title={t`Could not load the EIPs`} />
      <Text size="sm">
        <Trans>An EIP on the virtual IP makes the group reachable from the Internet. It follows the VIP on failover: no API call needed.</Trans>
      </Text>
      <Radio.Group
        value={choice}
        onChange={(v) => set({ eip: v === 'existing' ? (unbound[0]?.id ?? 'none') : v, eipName: v === 'new' && !s.eipName ? `eip-${data.settings.name}`.slice(0, 64) : s.eipName })}
        label={t`Internet access`}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="none" label={t`No EIP`} description={t`Reachable inside the VPC (and over VPN, Direct Connect or peering) only.`} />
          <Radio
            value="existing"
            label={t`Bind an unbound EIP`}
            disabled={free === 0}
            description={free === 0 ? t`Every EIP of the project is bound already.` : plural(free, { one: '# unbound EIP available.', other: '# unbound EIPs available.' })}
          />
          {choice === 'existing' && (
            <Select
              ml="xl"
              w={320}
              aria-label={t`EIP`}
              allowDeselect={false}
              data={unbound.map((e) => ({ value: e.id, label: `${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''}` }))}
              value={s.eip}
              onChange={(v) => v && set({ eip: v })}
            />
          )}
          <Radio value="new" label={t`Buy a new EIP`} description={t`Bought when you apply, with dedicated bandwidth; Undo releases it.`} />
          {choice === 'new' && (
            <Group ml="xl" align="flex-start">
              <TextInput label={t`EIP name`} w={240} value={s.eipName} onChange={(e) => set({ eipName: e.currentTarget.value })} />
              <NumberInput
                label={t`Bandwidth (Mbit/s)`}
                w={260}
                min={NUMBER_RULES.bandwidth.min}
                max={NUMBER_RULES.bandwidth.max}
                clampBehavior="none"
                value={s.bandwidth}
                onChange={(v) => set({ bandwidth: v })}
                error={numberText(NUMBER_RULES.bandwidth, s.bandwidth)}
              />
            </Group>
          )}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}

const LOOK = {
  pass: { color: 'teal', text: 'teal.9', icon: <IconCheck size={14} />, word: msg`Pass` },
  warn: { color: 'yellow', text: '#9c4a00', icon: <IconAlertTriangle size={14} />, word: msg`Warning` },
  fail: { color: 'red', text: 'red.9', icon: <IconX size={14} />, word: msg`Fail` },
} as const;

export function ReviewChecks({ checks }: { checks: ReviewCheck[] }) {
  const { t, i18n } = useLingui();
  return (
    <Paper withBorder radius="md">
      <Table aria-label={t`Checks`} verticalSpacing="xs">
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td w={36}>
                <ThemeIcon color={LOOK[c.status].color} size={22} radius="xl" aria-hidden>
                  {LOOK[c.status].icon}
                </ThemeIcon>
              </Table.Td>
              <Table.Td w={260}>
                <Text size="sm" fw={500}>
                  {reviewText(c.labelText, i18n)}
                </Text>
                <Text size="xs" c={LOOK[c.status].text} fw={600}>
                  {t(LOOK[c.status].word)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{reviewText(c.detailText, i18n)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function ReviewStep({ s, data }: StepProps) {
  const { t, i18n } = useLingui();
  const checks = reviewOf(s, data);
  const failed = checks.filter((c) => c.status === 'fail').length;
  const blocked = reviewBlocksApply(checks);
  const plan = applyContextOf(s, data).steps;
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} fz="h5" mb={4}>
          <Trans>Checks</Trans>
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          <Trans>Nothing has changed yet. A failed check blocks Apply; a warning says what to watch.</Trans>
        </Text>
        <ReviewChecks checks={checks} />
      </div>
      {blocked && (
        <Alert color="red" styles={ALERT_STYLES} icon={<IconX size={18} />} title={t`Apply is blocked`}>
          {plural(failed, {
            one: 'Fix the failed check above (go Back to change the choices).',
            other: 'Fix the failed checks above (go Back to change the choices).',
          })}
        </Alert>
      )}
      <div>
        <Title order={3} fz="h5" mb={4}>
          <Trans>What Apply will do</Trans>
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          <Trans>One API call per step, in this order. Each step is checked first and skipped if already done, so Retry is safe; Undo reverses what was applied.</Trans>
        </Text>
        <List type="ordered" size="sm" spacing={4}>
          {plan.map((step) => (
            <List.Item key={step.id}>{stepLabel(step, i18n)}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
