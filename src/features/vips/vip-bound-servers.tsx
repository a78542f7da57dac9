import { Trans } from '@lingui/react/macro';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { CheckOnFlag } from '../../components/check-on-flag';
import type { BoundNic } from './vip-row';

export function VipBoundServers({ bound }: { bound: BoundNic[] }) {
  if (bound.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>Not bound</Trans>
      </Text>
    );
  return (
    <Stack gap={4}>
      {bound.map((b) => (
        <Group key={b.ip} gap={8} wrap="nowrap" preventGrowOverflow={false}>
          {b.serverId ? (
            <Anchor component={Link} to={`/servers/${b.serverId}`} size="sm">
              {b.serverName ?? b.serverId} ({b.ip})
            </Anchor>
          ) : (
            <Text size="sm">{b.ip}</Text>
          )}
          {b.halfDone && <CheckOnFlag binding={b.halfDone} />}
        </Group>
      ))}
    </Stack>
  );
}
