import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { BoundNic } from './vip-row';

export function VipBoundServers({ bound }: { bound: BoundNic[] }) {
  if (bound.length === 0) return <Text size="sm" c="dimmed">Not bound</Text>;
  return (
    <Stack gap={2}>
      {bound.map((b) =>
        b.serverId ? (
          <Anchor key={b.ip} component={Link} to={`/servers/${b.serverId}`} size="sm">
            {b.serverName ?? b.serverId} ({b.ip})
          </Anchor>
        ) : (
          <Text key={b.ip} size="sm">
            {b.ip}
          </Text>
        ),
      )}
    </Stack>
  );
}
