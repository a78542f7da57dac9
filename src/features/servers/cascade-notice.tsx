import { Alert, List, Loader, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { ALERT_STYLES } from '../../components/alert-styles';
import type { Server } from '../../contract';
import { useServerCascade } from '../../api/servers/server-cascade';
import type { Consequence } from '../../domain/ha';

interface Props {
  consequences: readonly Consequence[] | undefined;
  loading: boolean;
  error: unknown;
  verb: 'Deleting' | 'Stopping';
}

/** Names every VIP and HA group the servers are in, and what the action does to each, before the user confirms. */
export function CascadeNotice({ consequences, loading, error, verb }: Props) {
  if (loading) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Checking which virtual IPs and HA groups depend on it…
        </Text>
      </Group>
    );
  }
  if (error) {
    return (
      <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title="Could not check what depends on it">
        {errorMessage(error)} Look at its virtual IPs and HA groups before you go on.
      </Alert>
    );
  }
  if (!consequences?.length) return null;
  return (
    <Alert color="orange" styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={`${verb} it affects ${consequences.length === 1 ? 'this' : 'these'}`} aria-label="What this affects">
      <List size="sm" spacing={6}>
        {consequences.map((c) => (
          <List.Item key={`${c.kind}|${c.id}|${c.role ?? ''}`}>{c.message}</List.Item>
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
