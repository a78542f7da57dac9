import { Alert, Group, List, NumberInput, Paper, Radio, Select, Stack, Table, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { ALERT_STYLES } from '../../components/alert-styles';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { InlineError } from '../../components/inline-error';
import { reviewBlocksApply, type ReviewCheck } from '../../domain/ha';
import { NUMBER_RULES, numberProblem } from '../../domain';
import type { StepProps } from './steps-network';
import { applyContextOf, reviewOf } from './wizard-plan';

export function InternetStep({ s, set, data }: StepProps) {
  const unbound = (data.eips.data ?? []).filter((e) => !e.port_id);
  const choice = s.eip === 'none' || s.eip === 'new' ? s.eip : 'existing';
  return (
    <Stack maw={620}>
      <InlineError error={data.eips.error} title="Could not load the EIPs" />
      <Text size="sm">An EIP on the virtual IP makes the group reachable from the Internet. It follows the VIP on failover: no API call needed.</Text>
      <Radio.Group
        value={choice}
        onChange={(v) => set({ eip: v === 'existing' ? (unbound[0]?.id ?? 'none') : v, eipName: v === 'new' && !s.eipName ? `eip-${data.settings.name}`.slice(0, 64) : s.eipName })}
        label="Internet access"
      >
        <Stack gap="sm" mt="xs">
          <Radio value="none" label="No EIP" description="Reachable inside the VPC (and over VPN, Direct Connect or peering) only." />
          <Radio
            value="existing"
            label="Bind an unbound EIP"
            disabled={unbound.length === 0}
            description={unbound.length === 0 ? 'Every EIP of the project is bound already.' : `${unbound.length} unbound EIP(s) available.`}
          />
          {choice === 'existing' && (
            <Select
              ml="xl"
              w={320}
              aria-label="EIP"
              allowDeselect={false}
              data={unbound.map((e) => ({ value: e.id, label: `${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''}` }))}
              value={s.eip}
              onChange={(v) => v && set({ eip: v })}
            />
          )}
          <Radio value="new" label="Buy a new EIP" description="Bought when you apply, with dedicated bandwidth; Undo releases it." />
          {choice === 'new' && (
            <Group ml="xl" align="flex-start">
              <TextInput label="EIP name" w={240} value={s.eipName} onChange={(e) => set({ eipName: e.currentTarget.value })} />
              <NumberInput
                label="Bandwidth (Mbit/s)"
                w={260}
                min={NUMBER_RULES.bandwidth.min}
                max={NUMBER_RULES.bandwidth.max}
                clampBehavior="none"
                value={s.bandwidth}
                onChange={(v) => set({ bandwidth: v })}
                error={numberProblem(NUMBER_RULES.bandwidth, s.bandwidth)}
              />
            </Group>
          )}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}

const LOOK = {
  pass: { color: 'teal', text: 'teal.9', icon: <IconCheck size={14} />, word: 'Pass' },
  warn: { color: 'yellow', text: '#9c4a00', icon: <IconAlertTriangle size={14} />, word: 'Warning' },
  fail: { color: 'red', text: 'red.9', icon: <IconX size={14} />, word: 'Fail' },
} as const;

export function ReviewChecks({ checks }: { checks: ReviewCheck[] }) {
  return (
    <Paper withBorder radius="md">
      <Table aria-label="Checks" verticalSpacing="xs">
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
                  {c.label}
                </Text>
                <Text size="xs" c={LOOK[c.status].text} fw={600}>
                  {LOOK[c.status].word}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.detail}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function ReviewStep({ s, data }: StepProps) {
  const checks = reviewOf(s, data);
  const blocked = reviewBlocksApply(checks);
  const plan = applyContextOf(s, data).steps;
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} fz="h5" mb={4}>
          Checks
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          Nothing has changed yet. A failed check blocks Apply; a warning says what to watch.
        </Text>
        <ReviewChecks checks={checks} />
      </div>
      {blocked && (
        <Alert color="red" styles={ALERT_STYLES} icon={<IconX size={18} />} title="Apply is blocked">
          Fix the failed check{checks.filter((c) => c.status === 'fail').length > 1 ? 's' : ''} above (go Back to change the choices).
        </Alert>
      )}
      <div>
        <Title order={3} fz="h5" mb={4}>
          What Apply will do
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          One API call per step, in this order. Each step is checked first and skipped if already done, so Retry is safe; Undo reverses what was applied.
        </Text>
        <List type="ordered" size="sm" spacing={4}>
          {plan.map((step) => (
            <List.Item key={step.id}>{step.label}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
