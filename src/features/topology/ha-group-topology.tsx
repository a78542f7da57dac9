import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { LazyTopologyView } from './lazy-view';
import type { ViewScope } from './model';

/** One HA group as a diagram with its failover simulation: the topology tab of an HA group's page. */
export function HaGroupTopology({ groupId, height = 'calc(100dvh - 260px)' }: { groupId: string; height?: string | number }) {
  const scope = useMemo<ViewScope>(() => ({ kind: 'ha-group', groupId }), [groupId]);
  return (
    <Box h={height} mih={560}>
      <LazyTopologyView key={groupId} scope={scope} simulate />
    </Box>
  );
}
