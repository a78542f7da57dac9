import { useLingui } from '@lingui/react/macro';
import { Alert, useComputedColorScheme } from '@mantine/core';
import { Background, Controls, Panel, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TerraformTarget } from '../../api/terraform/use-terraform-export';
import { TerraformExportDialog } from '../../components/terraform-export-button';
import { VIP_DEVICE_OWNER } from '../../contract';
import { TopologyActionsContext } from './actions-context';
import { CanvasDialogs } from './canvas-dialogs';
import { ConnectionHint } from './connection-hint';
import { edgeTypes } from './edges';
import { FarContext, useFarZoom } from './far-class';
import { estimatedViewport, FIT_OPTIONS, subnetOf, WHOLE_FIT, ZOOM_RANGE, type SavedPositions } from './flow-elements';
import type { Layout } from './layout';
import { TopoMiniMap } from './mini-map';
import { nodeId, type TopologyGraph, type TopologyInput, type ViewScope } from './model';
import { nodeTypes } from './nodes';
import { SelectionBar } from './selection-bar';
import { simGroups } from './sim-groups';
import { SimPanel } from './sim-panel';
import { terraformTargetOf } from './terraform-target';
import { TopologyToolbar } from './topology-toolbar';
import { useBindingRequests } from './use-binding-requests';
import { useCanvasActions } from './use-canvas-actions';
import { useConnectionHandling } from './use-connection-handling';
import { useDiagramExport } from './use-diagram-export';
import { useFlowAriaLabels } from './use-flow-aria-labels';
import { useFlowElements } from './use-flow-elements';
import type { TopologyViewProps } from './view-props';

export interface TopologyCanvasProps {
  input: TopologyInput;
  graph: TopologyGraph;
  layout: Layout;
  saved: SavedPositions | undefined;
  view: string;
  scope: ViewScope;
  onMoved: (moved: SavedPositions) => void;
  onRelayout: () => void;
  onNewSetup?: TopologyViewProps['onNewSetup'];
  renderAssignVip?: TopologyViewProps['renderAssignVip'];
  simulate: boolean;
  editable: boolean;
}

/**
 * The subnet a new HA setup starts in when nothing is selected: one drawn here with an unbound virtual IP
 * (what the setup needs), else with any virtual IP, else the first drawn.
 */
function setupSubnet(input: TopologyInput, graph: TopologyGraph) {
  const drawn = input.subnets.filter((s) => graph.nodes.some((n) => n.id === nodeId.subnet(s.id)));
  const vipsOf = (id: string) => input.ports.filter((p) => p.device_owner === VIP_DEVICE_OWNER && p.network_id === id);
  return drawn.find((s) => vipsOf(s.id).some((v) => v.allowed_address_pairs.length === 0)) ?? drawn.find((s) => vipsOf(s.id).length > 0) ?? drawn[0];
}

export function TopologyCanvas({ input, graph, layout, saved, view, scope, onMoved, onRelayout, onNewSetup, renderAssignVip, simulate, editable }: TopologyCanvasProps) {
  const { t } = useLingui();
  const rf = useReactFlow();
  const ariaLabels = useFlowAriaLabels();
  const colorMode = useComputedColorScheme('light');
  const flow = useFlowElements({ graph, layout, saved, editable, onMoved, onRelayout });
  const factsRef = useRef(graph.facts);
  useLayoutEffect(() => {
    factsRef.current = graph.facts;
  }, [graph.facts]);
  const requests = useBindingRequests(graph.edges, factsRef);
  const connection = useConnectionHandling(factsRef, requests.setBindRequest, requests.setEipRequest);
  const [addServerTo, setAddServerTo] = useState<string | null>(null);
  const [assignVipIn, setAssignVipIn] = useState<string | null>(null);
  const { actions, newSetup } = useCanvasActions({
    editable,
    factsRef,
    onNewSetup,
    unbindEdge: requests.edgeRequest,
    onAddServer: setAddServerTo,
    onAssignVip: setAssignVipIn,
  });
  const [simOpen, setSimOpen] = useState(simulate);
  const [terraform, setTerraform] = useState<TerraformTarget | null>(null);
  // The simulation panel takes width from the diagram: fit it again to the room left (and when it closes).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => void rf.fitView({ ...FIT_OPTIONS, duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [simOpen, rf]);
  const shellRef = useRef<HTMLDivElement>(null);
  const subject = scope.kind === 'vpc' ? input.vpc.name : (input.haGroups.find((g) => g.id === scope.groupId)?.name ?? view);
  const { exporting, doExport } = useDiagramExport(shellRef, subject);
  // An exported image shows every node in full, whatever the zoom.
  const far = useFarZoom() && !exporting;

  const defaultSubnet = subnetOf(flow.selection.node) ?? setupSubnet(input, graph)?.id ?? null;
  const simChoices = useMemo(() => simGroups(input, graph), [input, graph]);
  const [startViewport] = useState(() => estimatedViewport(graph, layout, window.innerWidth, window.innerHeight));
  const subnetById = (id: string | null) => input.subnets.find((s) => s.id === id) ?? null;

  return (
    <TopologyActionsContext.Provider value={actions}>
      <div className="topo-frame">
        <div className={`topo-shell${far ? ' is-far' : ''}`} ref={shellRef} data-testid="topology" data-view={view}>
          <FarContext.Provider value={far}>
            <ReactFlow
              colorMode={colorMode}
              nodes={flow.nodes}
              edges={flow.edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={flow.onNodesChange}
              onEdgesChange={flow.onEdgesChange}
              onNodeDragStop={flow.onNodeDragStop}
              onConnect={connection.onConnect}
              onConnectStart={connection.onConnectStart}
              onConnectEnd={connection.onConnectEnd}
              isValidConnection={connection.isValidConnection}
              onBeforeDelete={requests.onBeforeDelete}
              onSelectionChange={flow.onSelectionChange}
              deleteKeyCode={editable ? ['Delete', 'Backspace'] : null}
              onlyRenderVisibleElements={!exporting}
              zIndexMode="auto"
              connectionRadius={28}
              minZoom={ZOOM_RANGE.min}
              maxZoom={ZOOM_RANGE.max}
              defaultViewport={startViewport}
              fitView
              fitViewOptions={FIT_OPTIONS}
              proOptions={{ hideAttribution: true }}
              nodesConnectable={editable}
              elevateEdgesOnSelect
              ariaLabelConfig={ariaLabels}
            >
              <Background gap={24} size={1} />
              <Controls position="bottom-left" showInteractive={false} />
              <TopoMiniMap />
              <Panel position="top-left">
                <TopologyToolbar
                  onRelayout={flow.relayout}
                  onFitView={() => rf.fitView({ ...WHOLE_FIT, duration: 300 })}
                  exporting={exporting}
                  onExport={doExport}
                  onTerraform={() => setTerraform(terraformTargetOf(scope, input.vpc.id, rf.getNodes().filter((n) => n.selected)))}
                  onNewSetup={editable && onNewSetup ? (mode) => newSetup(mode, defaultSubnet) : undefined}
                  simOpen={simOpen}
                  onToggleSim={() => setSimOpen((o) => !o)}
                />
              </Panel>
              <Panel position="top-center" style={{ marginTop: 64 }}>
                <ConnectionHint />
                {connection.refusal && (
                  <Alert color="red" variant="filled" radius="md" className="topo-hint" role="alert" title={t`Connection refused`} withCloseButton onClose={connection.dismissRefusal}>
                    {connection.refusal}
                  </Alert>
                )}
              </Panel>
              <Panel position="bottom-center">
                <SelectionBar
                  node={flow.selection.node}
                  edge={flow.selection.edge}
                  editable={editable}
                  onPickVip={requests.setPickFrom}
                  onEdge={requests.edgeRequest}
                  onClear={flow.clearSelection}
                />
              </Panel>
            </ReactFlow>
          </FarContext.Provider>
        </div>
        {simOpen && (
          <aside className="topo-side">
            <SimPanel choices={scope.kind === 'ha-group' ? simChoices.filter((c) => c.group.id === scope.groupId) : simChoices} onClose={() => setSimOpen(false)} />
          </aside>
        )}
      </div>
      <TerraformExportDialog target={terraform} onClose={() => setTerraform(null)} />
      <CanvasDialogs
        requests={requests}
        facts={graph.facts}
        onConnect={connection.onConnect}
        addServerTo={subnetById(addServerTo)}
        onCloseAddServer={() => setAddServerTo(null)}
        assignVip={assignVipIn && renderAssignVip?.(assignVipIn, () => setAssignVipIn(null))}
      />
    </TopologyActionsContext.Provider>
  );
}
