import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './topology.css';
import { useEffect, useMemo, useState } from 'react';
import { Alert } from '@mantine/core';
import { useWriteBlock } from '../../api/write-access';
import { notifyError } from '../../components/notify';
import { buildGraph } from './build-graph';
import { layoutGraph, preloadLayout, type Layout } from './layout';
import { LoadingNote } from './loading-note';
import { viewKey, type TopologyGraph, type TopologyInput } from './model';
import { useTopologyView } from './store';
import { TopologyCanvas } from './topology-canvas';
import type { TopologyViewProps } from './view-props';

export type { SetupMode, TopologyViewProps } from './view-props';

// The layout engine downloads beside the diagram's data (this chunk loads while the data is read).
void preloadLayout();

/** One view's diagram, once its data is in: the graph, its layout, the canvas. */
export function Diagram({ input, scope, onNewSetup, renderAssignVip, simulate = false, editable = true }: TopologyViewProps & { input: TopologyInput }) {
  const { i18n } = useLingui();
  const view = viewKey(scope);
  const writeBlock = useWriteBlock();
  const waysIn = useTopologyView((s) => s.waysIn);
  const saved = useTopologyView((s) => s.positions[view]);
  const setPositions = useTopologyView((s) => s.setPositions);
  const resetPositions = useTopologyView((s) => s.resetPositions);
  const graph = useMemo(() => buildGraph(input, scope, waysIn), [input, scope, waysIn]);
  const [laidOut, setLaidOut] = useState<{ graph: TopologyGraph; layout: Layout } | null>(null);
  useEffect(() => {
    let live = true;
    layoutGraph(graph).then(
      (layout) => live && setLaidOut({ graph, layout }),
      (err) => notifyError(i18n._(msg`Could not lay out the diagram`), err),
    );
    return () => {
      live = false;
    };
  }, [graph, i18n]);
  const count = graph.nodes.length;
  if (!laidOut) {
    return (
      <LoadingNote>
        <Plural value={count} one="Laying out # node…" other="Laying out # nodes…" />
      </LoadingNote>
    );
  }
  return (
    <ReactFlowProvider>
      {editable && writeBlock && (
        <Alert color="gray" variant="light" mb="xs" p="xs" role="status">
          <Trans>Read-only: drawing and deleting bindings is off.</Trans> {writeBlock}
        </Alert>
      )}
      <TopologyCanvas
        input={input}
        graph={laidOut.graph}
        layout={laidOut.layout}
        saved={saved}
        view={view}
        scope={scope}
        onMoved={(moved) => setPositions(view, moved)}
        onRelayout={() => resetPositions(view)}
        onNewSetup={onNewSetup}
        renderAssignVip={renderAssignVip}
        simulate={simulate}
        editable={editable && !writeBlock}
      />
    </ReactFlowProvider>
  );
}
