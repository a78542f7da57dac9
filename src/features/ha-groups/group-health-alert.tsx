import { useLingui } from '@lingui/react/macro';
import { Alert, Badge, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ALERT_STYLES } from '../../components/alert-styles';
import { healthWording, type GroupHealth } from '../../domain/ha';
import { healthText } from './health-text';

const COLORS = { complete: 'teal', degraded: 'orange', incomplete: 'red', checking: 'gray' } as const;

/** The group's computed verdict (domain `groupHealth`), not only the backend's saved flag. */
export function GroupHealthBadge({ health, status }: { health?: GroupHealth; status: 'complete' | 'incomplete' }) {
  const { i18n } = useLingui();
  const state = health?.state ?? (status === 'complete' ? 'checking' : 'incomplete');
  const label = healthText(health?.labelText ?? healthWording(state === 'checking' ? 'label.checking' : 'label.incomplete'), i18n);
  return (
    <Badge variant="dot" color={COLORS[state]} radius="sm" tt="none" fw={500}>
      {label}
    </Badge>
  );
}

/** At the top of the group page: what keeps the group from working, naming each member and the fix. */
export function GroupHealthAlert({ name, health }: { name: string; health: GroupHealth | undefined }) {
  const { t, i18n } = useLingui();
  if (!health || health.problems.length === 0) return null;
  const title =
    health.state === 'incomplete' ? t`${name} is incomplete: failover will not work as set up` : t`${name} is degraded: a member cannot do its part now`;
  return (
    <Alert color={health.state === 'incomplete' ? 'red' : 'orange'} styles={ALERT_STYLES} icon={<IconAlertTriangle size={18} />} title={title} mb="lg" role="alert">
      <List size="sm" spacing={4}>
        {health.problems.map((p) => (
          <List.Item key={p.message}>
            <Text size="sm">{healthText(p.text, i18n)}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
