import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, List, Loader, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { ALERT_STYLES } from '../../components/alert-styles';
import type { Server } from '../../contract';
import { useServerCascade } from '../../api/servers/server-cascade';
import type { Consequence } from '../../domain/ha';
import { cascadeText } from './cascade-text';

interface Props {
  consequences: readonly Consequence[] | undefined;
  loading: boolean;
  error: unknown;
  verb: 'Deleting' | 'Stopping';
}

/** Names every VIP and HA group the servers are in, and what the action does to each, before the user confirms. */
export function CascadeNotice({ consequences, loading, error, verb }: Props) {
  const { t, i18n } = useLingui();
  if (loading) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          <Trans>Checking which virtual IPs and HA groups depend on it…</Trans>
        </Text>
      </Group>
    );
  }
  if (error) {
    const reason = errorMessage(error);
    return (
      <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={t`Could not check what depends on it`}>
        <Trans>{reason} Look at its virtual IPs and HA groups before you go on.</Trans>
      </Alert>
    );
  }
  if (!consequences?.length) return null;
  const count = consequences.length;
  const title =
    verb === 'Deleting'
      ? t`${plural(count, { one: 'Deleting it affects this', other: 'Deleting it affects these' })}`
      : t`${plural(count, { one: 'Stopping it affects this', other: 'Stopping it affects these' })}`;
  return (
    <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={title} aria-label={t`What this affects`}>
      <List size="sm" spacing={6}>
        {consequences.map((c) => (
          <List.Item key={`${c.kind}|${c.id}|${c.role ?? ''}`}>{cascadeText(c.text, i18n)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** What deleting these servers does to VIPs and HA groups, read fresh, for a confirmation. */
export function DeleteCascadeNotice({ servers }: { servers: readonly Server[] }) {
  const cascade = useServerCascade(servers, 'delete');
  return <CascadeNotice consequences={cascade.data} loading={cascade.isLoading} error={cascade.error} verb="Deleting" />;
}
