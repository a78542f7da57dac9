import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { TopologyViewProps } from './topology-view';

/** React Flow, dagre and the diagram's code load only when a diagram is shown. */
const TopologyView = lazy(() => import('./topology-view').then((m) => ({ default: m.TopologyView })));

export function LazyTopologyView(props: TopologyViewProps) {
  return (
    <Suspense
      fallback={
        <Center h="100%" mih={400}>
          <Loader size="sm" aria-label="Loading the diagram" />
        </Center>
      }
    >
      <TopologyView {...props} />
    </Suspense>
  );
}
