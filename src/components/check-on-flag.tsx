import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldOff } from '@tabler/icons-react';
import { useSetSourceDestCheck } from '../api/ports/set-source-dest-check';
import { HALF_DONE_LABEL, halfDoneMessage, type HalfDoneBinding } from '../domain';
import { ALERT_STYLES } from './alert-styles';
import { notifyError, notifySuccess } from './notify';
import { Hint } from './hint';
import { WriteButton } from './write-button';

/** One click: turns the NIC's source/destination check off, which completes the binding. */
export function TurnCheckOffButton({ binding }: { binding: Pick<HalfDoneBinding, 'nicPortId' | 'nicIp' | 'serverId'> }) {
  const { t } = useLingui();
  const set = useSetSourceDestCheck();
  const nic = binding.nicIp;
  const fix = async () => {
    try {
      await set.mutateAsync({ portId: binding.nicPortId, on: false, serverId: binding.serverId });
      notifySuccess(t`Source/Destination Check off`, t`NIC ${nic} can now answer for its virtual IPs.`);
    } catch (err) {
      notifyError(t`Could not turn the check off on NIC ${nic}`, err);
    }
  };
  return (
    <WriteButton size="compact-xs" variant="default" leftSection={<IconShieldOff size={12} color="var(--mantine-color-orange-7)" aria-hidden />} loading={set.isPending} onClick={() => void fix()} aria-label={t`Turn check off on NIC ${nic}`}>
      <Trans>Turn check off</Trans>
    </WriteButton>
  );
}

/** Orange badge and icon, text in the text colour (orange text on orange is too faint: axe color-contrast); it wraps, never cut off. */
const FLAG_STYLES = {
  root: { color: 'var(--mantine-color-text)' },
  label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'left' },
  section: { color: 'var(--mantine-color-orange-7)' },
} as const;

/** The orange flag of a half-done binding, with its one-click fix; the tooltip says why it matters. */
export function CheckOnFlag({ binding }: { binding: HalfDoneBinding }) {
  return (
    <Group gap={6} wrap="wrap">
      <Hint label={halfDoneMessage(binding)} multiline w={320} withArrow>
        <Badge color="orange" variant="light" radius="sm" tt="none" fw={600} h="auto" py={2} styles={FLAG_STYLES} leftSection={<IconAlertTriangle size={12} aria-hidden />}>
          {HALF_DONE_LABEL}
        </Badge>
      </Hint>
      <TurnCheckOffButton binding={binding} />
    </Group>
  );
}

/** A page-top alert naming every half-done binding of what the page shows; nothing when there is none. */
export function HalfDoneAlert({ bindings, serverName }: { bindings: readonly HalfDoneBinding[]; serverName?: (id: string) => string | undefined }) {
  const { t } = useLingui();
  if (bindings.length === 0) return null;
  return (
    <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={t`A binding is half done`} mb="lg" role="alert">
      <Stack gap={6}>
        {bindings.map((b) => (
          <Group key={`${b.nicPortId}|${b.vipId}`} gap="sm" wrap="nowrap" justify="space-between">
            <Text size="sm" style={{ flex: 1 }}>
              {serverName?.(b.serverId) ? `${serverName(b.serverId)}: ` : ''}
              {halfDoneMessage(b)}
            </Text>
            <Box style={{ flexShrink: 0 }}>
              <TurnCheckOffButton binding={b} />
            </Box>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
