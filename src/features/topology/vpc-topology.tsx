import { Box } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { LazyTopologyView } from './lazy-view';
import type { ViewScope } from './model';
import type { SetupMode } from './topology-view';

interface Props {
  vpcId: string;
  onNewSetup?: (mode: SetupMode, subnetId: string | null) => void;
  renderAssignVip?: (subnetId: string, onClose: () => void) => ReactNode;
}

/** The whole VPC as a diagram, filling the page below its header. */
export function VpcTopology({ vpcId, onNewSetup, renderAssignVip }: Props) {
  const scope = useMemo<ViewScope>(() => ({ kind: 'vpc', vpcId }), [vpcId]);
  return (
    <Box h="calc(100dvh - 270px)" mih={480}>
      <LazyTopologyView key={vpcId} scope={scope} onNewSetup={onNewSetup} renderAssignVip={renderAssignVip} />
    </Box>
  );
}
