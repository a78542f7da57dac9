import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useConnection,
  useReactFlow,
  useStore,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type Node,
  type NodeChange,
  type OnBeforeDelete,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './topology.css';
import { Alert, Button, Center, Checkbox, CloseButton, Group, Loader, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconDownload,
  IconFocusCentered,
  IconLayoutDistributeHorizontal,
  IconPlus,
  IconRoute,
  IconTimeline,
  IconX,
} from '@tabler/icons-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSetSourceDestCheck } from '../../api/ports/set-source-dest-check';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';
import { TopologyActionsContext, useTopologyActions, type TopologyActions } from './actions-context';
import { AddServerModal } from './add-server-modal';
import { buildGraph } from './build-graph';
import { judgeConnection } from './connection-rules';
import { BindNicDialog, EipDialog, PickVipDialog, UnbindNicDialog, type BindRequest, type EipRequest, type UnbindRequest } from './dialogs';
import { edgeTypes } from './edges';
import { exportDiagram } from './export-image';
import { layoutGraph, type Layout } from './layout';
import { nodeId, viewKey, type TopoEdgeData, type TopologyGraph, type TopologyInput, type ViewScope } from './model';
import { nodeTypes } from './nodes';
import { SimPanel, type SimGroupChoice } from './sim-panel';
import { useTopologyView } from './store';
import { useHaGroupTopologyInput, useVpcTopologyInput, type InputState } from './use-topology-input';

export type SetupMode = 'ha' | 'lvs-dr';

export interface TopologyViewProps {
  scope: ViewScope;
  /** `New HA setup` / `New LVS cluster`: where the wizard is (the route decides). */
  onNewSetup?: (mode: SetupMode, subnetId: string | null) => void;
  /** `Assign VIP here`: the route may hand in the Virtual IPs feature's dialog. */
  renderAssignVip?: (subnetId: string, onClose: () => void) => ReactNode;
  /** Open the simulation panel at once (the HA group's tab). */
  simulate?: boolean;
  editable?: boolean;
}

export function TopologyView(props: TopologyViewProps) {
  return props.scope.kind === 'vpc' ? <VpcInput {...props} vpcId={props.scope.vpcId} /> : <HaInput {...props} groupId={props.scope.groupId} />;
}

function VpcInput(props: TopologyViewProps & { vpcId: string }) {
  const state = useVpcTopologyInput(props.vpcId);
  return <Loaded {...props} state={state} />;
}

function HaInput(props: TopologyViewProps & { groupId: string }) {
  const state = useHaGroupTopologyInput(props.groupId);
  return <Loaded {...props} state={state} />;
}

function Loaded({ state, ...props }: TopologyViewProps & { state: InputState }) {
  if (state.error) return <InlineError error={state.error} title="Could not load the diagram" />;
  if (!state.input) {
    return (
      <Center h="100%" mih={400}>
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Loading {state.waiting}…
          </Text>
        </Group>
      </Center>
    );
  }
  return (
    <ReactFlowProvider>
      <Diagram {...props} input={state.input} />
    </ReactFlowProvider>
  );
}

type FlowNode = Node<Record<string, unknown>>;
type FlowEdge = Edge<TopoEdgeData>;

function toFlowNodes(graph: TopologyGraph, layout: Layout, saved: Record<string, { x: number; y: number }> | undefined, selected: Set<string>): FlowNode[] {
  return graph.nodes.map((n) => {
    const box = layout[n.id] ?? { x: 0, y: 0, width: n.width, height: n.height };
    const group = n.type === 'vpc' || n.type === 'subnet';
    return {
      id: n.id,
      type: n.type,
      parentId: n.parentId,
      position: saved?.[n.id] ?? { x: box.x, y: box.y },
      width: group ? box.width : n.width,
      height: group ? box.height : n.height,
      data: n.data,
      extent: n.parentId ? 'parent' : undefined,
      deletable: false,
      selectable: n.type !== 'vpc',
      // Groups stay where the layout puts them: a draggable node blocks panning from its body, and a big
      // subnet fills the screen when zoomed in. Their members move freely inside them.
      draggable: !group,
      selected: selected.has(n.id),
      ariaLabel: undefined,
      zIndex: n.type === 'vpc' ? -2 : n.type === 'subnet' ? -1 : undefined,
    } satisfies FlowNode;
  });
}

function toFlowEdges(graph: TopologyGraph, selected: Set<string>, editable: boolean): FlowEdge[] {
  return graph.edges.map((e) => ({
    id: e.id,
    type: 'topo',
    source: e.source,
    sourceHandle: e.sourceHandle,
    target: e.target,
    targetHandle: e.targetHandle,
    data: e.data,
    deletable: editable && (e.data.kind === 'bind' || e.data.kind === 'eip'),
    selectable: e.data.kind === 'bind' || e.data.kind === 'eip',
    focusable: e.data.kind === 'bind' || e.data.kind === 'eip',
    selected: selected.has(e.id),
    ariaLabel: e.data.kind === 'bind' ? `Binding of NIC ${e.data.ip}` : e.data.kind === 'eip' ? `EIP ${e.data.ip} binding` : undefined,
  }));
}

function Diagram({ input, scope, onNewSetup, renderAssignVip, simulate = false, editable = true }: TopologyViewProps & { input: TopologyInput }) {
  const view = viewKey(scope);
  const waysIn = useTopologyView((s) => s.waysIn);
  const setWaysIn = useTopologyView((s) => s.setWaysIn);
  const saved = useTopologyView((s) => s.positions[view]);
  const setPositions = useTopologyView((s) => s.setPositions);
  const resetPositions = useTopologyView((s) => s.resetPositions);
  const graph = useMemo(() => buildGraph(input, scope, waysIn), [input, scope, waysIn]);
  const [laidOut, setLaidOut] = useState<{ graph: TopologyGraph; layout: Layout } | null>(null);
  useEffect(() => {
    let live = true;
    layoutGraph(graph).then(
      (layout) => live && setLaidOut({ graph, layout }),
      (err) => notifyError('Could not lay out the diagram', err),
    );
    return () => {
      live = false;
    };
  }, [graph]);
  if (!laidOut) {
    return (
      <Center h="100%" mih={400}>
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Laying out {graph.nodes.length} nodes…
          </Text>
        </Group>
      </Center>
    );
  }
  return (
    <Canvas
      input={input}
      graph={laidOut.graph}
      layout={laidOut.layout}
      saved={saved}
      view={view}
      scope={scope}
      waysIn={waysIn}
      setWaysIn={setWaysIn}
      onMoved={(moved) => setPositions(view, moved)}
      onRelayout={() => resetPositions(view)}
      onNewSetup={onNewSetup}
      renderAssignVip={renderAssignVip}
      simulate={simulate}
      editable={editable}
    />
  );
}

interface CanvasProps {
  input: TopologyInput;
  graph: TopologyGraph;
  layout: Layout;
  saved: Record<string, { x: number; y: number }> | undefined;
  view: string;
  scope: ViewScope;
  waysIn: ReturnType<typeof useTopologyView.getState>['waysIn'];
  setWaysIn: ReturnType<typeof useTopologyView.getState>['setWaysIn'];
  onMoved: (moved: Record<string, { x: number; y: number }>) => void;
  onRelayout: () => void;
  onNewSetup?: TopologyViewProps['onNewSetup'];
  renderAssignVip?: TopologyViewProps['renderAssignVip'];
  simulate: boolean;
  editable: boolean;
}

function Canvas({ input, graph, layout, saved, view, scope, waysIn, setWaysIn, onMoved, onRelayout, onNewSetup, renderAssignVip, simulate, editable }: CanvasProps) {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const selectedRef = useRef(new Set<string>());
  const [nodes, setNodes] = useState<FlowNode[]>(() => toFlowNodes(graph, layout, saved, new Set()));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(graph, new Set(), editable));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNodes(toFlowNodes(graph, layout, saved, selectedRef.current));
    setEdges(toFlowEdges(graph, selectedRef.current, editable));
  }, [graph, layout, saved, editable]);

  const factsRef = useRef(graph.facts);
  useLayoutEffect(() => {
    factsRef.current = graph.facts;
  }, [graph.facts]);
  const [bindRequest, setBindRequest] = useState<BindRequest | null>(null);
  const [unbindRequest, setUnbindRequest] = useState<UnbindRequest | null>(null);
  const [eipRequest, setEipRequest] = useState<EipRequest | null>(null);
  const [pickFrom, setPickFrom] = useState<Parameters<typeof PickVipDialog>[0]['from']>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [addServerTo, setAddServerTo] = useState<string | null>(null);
  const [assignVipIn, setAssignVipIn] = useState<string | null>(null);
  const [simOpen, setSimOpen] = useState(simulate);
  const [exporting, setExporting] = useState(false);
  const [selection, setSelection] = useState<{ node: FlowNode | null; edge: FlowEdge | null }>({ node: null, edge: null });
  const shellRef = useRef<HTMLDivElement>(null);
  const setCheck = useSetSourceDestCheck();

  const edgeRequest = useCallback(
    (edgeId: string) => {
      const edge = graph.edges.find((e) => e.id === edgeId);
      if (!edge) return;
      const facts = factsRef.current;
      if (edge.data.kind === 'bind' && edge.data.vipPortId && edge.data.nicPortId) {
        const vip = facts.vips[nodeId.vip(edge.data.vipPortId)];
        const nic = facts.nics[edge.data.nicPortId];
        setUnbindRequest({
          vipPortId: edge.data.vipPortId,
          vipLabel: vip?.ip ?? edge.data.vipPortId,
          ip: edge.data.ip ?? nic?.ip ?? '',
          nicLabel: nic ? `${nic.server_name} (${nic.ip})` : (edge.data.ip ?? ''),
        });
      } else if (edge.data.kind === 'eip' && edge.data.eipId) {
        const eip = facts.eips[nodeId.eip(edge.data.eipId)];
        const vip = edge.data.vipPortId ? facts.vips[nodeId.vip(edge.data.vipPortId)] : undefined;
        setEipRequest({ eipId: edge.data.eipId, eipLabel: eip?.public_ip_address ?? '', vipPortId: null, vipLabel: vip?.ip ?? eip?.private_ip_address ?? 'its port' });
      }
    },
    [graph.edges],
  );

  const newSetup = useCallback(
    (mode: SetupMode, subnetId: string | null) => {
      if (onNewSetup) onNewSetup(mode, subnetId);
    },
    [onNewSetup],
  );

  const actions = useMemo<TopologyActions>(
    () => ({
      editable,
      facts: () => factsRef.current,
      fixCheck: (portId, serverId, label) =>
        setCheck.mutate(
          { portId, on: false, serverId },
          {
            onSuccess: () => notifySuccess('Source/Destination Check turned off', `${label} now accepts traffic for its virtual IPs.`),
            onError: (err) => notifyError(`Could not turn the check off on ${label}`, err),
          },
        ),
      subnetMenu: (subnetId, action) => {
        if (action === 'add-server') setAddServerTo(subnetId);
        else if (action === 'assign-vip') setAssignVipIn(subnetId);
        else newSetup(action === 'new-ha' ? 'ha' : 'lvs-dr', subnetId);
      },
      unbindEdge: edgeRequest,
    }),
    // setCheck.mutate is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editable, edgeRequest, newSetup],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  const onNodeDragStop = useCallback(
    (_: unknown, _node: FlowNode, dragged: FlowNode[]) => onMoved(Object.fromEntries(dragged.map((n) => [n.id, n.position]))),
    [onMoved],
  );
  const isValidConnection = useCallback((c: Connection | Edge) => judgeConnection(factsRef.current, c).ok, []);
  const onConnect = useCallback((c: Connection) => {
    const verdict = judgeConnection(factsRef.current, c);
    if (!verdict.ok) {
      setRefusal(verdict.reason);
      return;
    }
    setRefusal(null);
    if (verdict.kind === 'bind') setBindRequest({ vipNodeId: verdict.vipNodeId, nicPortId: verdict.nicPortId });
    else {
      const facts = factsRef.current;
      const eip = facts.eips[verdict.eipNodeId];
      const vip = facts.vips[verdict.vipNodeId];
      setEipRequest({ eipId: eip.id, eipLabel: eip.public_ip_address, vipPortId: vip.id, vipLabel: vip.ip });
    }
  }, []);
  const onConnectEnd = useCallback((_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid !== false || !state.fromNode || !state.toNode) return;
    const verdict = judgeConnection(factsRef.current, {
      source: state.fromNode.id,
      sourceHandle: state.fromHandle?.id ?? null,
      target: state.toNode.id,
      targetHandle: state.toHandle?.id ?? null,
    });
    if (!verdict.ok) setRefusal(verdict.reason);
  }, []);
  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(
    async ({ edges: doomed }) => {
      const edge = doomed.find((e) => e.data?.kind === 'bind' || e.data?.kind === 'eip');
      if (edge) edgeRequest(edge.id);
      return false;
    },
    [edgeRequest],
  );
  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams<FlowNode, FlowEdge>) => {
    selectedRef.current = new Set([...ns.map((n) => n.id), ...es.map((e) => e.id)]);
    setSelection({ node: ns[0] ?? null, edge: es[0] ?? null });
  }, []);

  const relayout = () => {
    onRelayout();
    setNodes(toFlowNodes(graph, layout, undefined, selectedRef.current));
    requestAnimationFrame(() => rf.fitView({ ...fitOptions, duration: 300 }));
  };

  const doExport = async (kind: 'png' | 'svg') => {
    setExporting(true);
    await new Promise((r) => setTimeout(r, 150));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      const el = shellRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!el) throw new Error('The diagram is not on the page.');
      const bounds = rf.getNodesBounds(rf.getNodes().filter((n) => !n.parentId));
      await exportDiagram(el, bounds, kind, `topology-${view.replace(':', '-')}`);
    } catch (err) {
      notifyError('Could not export the diagram', err);
    } finally {
      setExporting(false);
    }
  };

  const subnetOf = (n: FlowNode | null): string | null => {
    if (!n) return null;
    if (n.type === 'subnet') return String(n.data.subnetId);
    if (n.parentId?.startsWith('subnet:')) return n.parentId.slice('subnet:'.length);
    return null;
  };
  const defaultSubnet = subnetOf(selection.node) ?? input.subnets.find((s) => graph.nodes.some((n) => n.id === nodeId.subnet(s.id)))?.id ?? null;

  const fitOptions = { maxZoom: 1.1, padding: { top: '76px', left: '24px', bottom: '24px', right: '24px' } } as const;
  const simChoices = useMemo(() => simGroups(input, graph), [input, graph]);
  const subnetById = (id: string | null) => input.subnets.find((s) => s.id === id) ?? null;

  return (
    <TopologyActionsContext.Provider value={actions}>
      <div className="topo-frame">
      <div className="topo-shell" ref={shellRef} data-testid="topology" data-view={view}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectStart={() => setRefusal(null)}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onBeforeDelete={onBeforeDelete}
          onSelectionChange={onSelectionChange}
          deleteKeyCode={editable ? ['Delete', 'Backspace'] : null}
          onlyRenderVisibleElements={!exporting}
          zIndexMode="auto"
          connectionRadius={28}
          minZoom={0.01}
          maxZoom={2}
          fitView
          fitViewOptions={fitOptions}
          proOptions={{ hideAttribution: true }}
          nodesConnectable={editable}
          elevateEdgesOnSelect
        >
          <Background gap={24} size={1} />
          <FarClass shell={shellRef} />
          <Controls position="bottom-left" showInteractive={false} />
          <MiniMap position="bottom-right" pannable zoomable nodeStrokeWidth={2} nodeColor={miniColor} ariaLabel="Minimap" />
          <Panel position="top-left">
            <Paper withBorder p={6} radius="md" shadow="xs">
              <Group gap={6}>
                <Tooltip label="Place every node again (forgets dragged positions)">
                  <Button size="xs" variant="default" leftSection={<IconLayoutDistributeHorizontal size={14} />} onClick={relayout}>
                    Re-layout
                  </Button>
                </Tooltip>
                <Button size="xs" variant="default" leftSection={<IconFocusCentered size={14} />} onClick={() => rf.fitView({ ...fitOptions, duration: 300 })}>
                  Fit view
                </Button>
                <Menu closeOnItemClick={false} shadow="md">
                  <Menu.Target>
                    <Button size="xs" variant="default" leftSection={<IconRoute size={14} />}>
                      Ways in
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown p="sm">
                    <Stack gap={8}>
                      <Text size="xs" c="dimmed" maw={220}>
                        The Internet comes in through EIPs. Private ways reach the VIPs by their private address.
                      </Text>
                      <Checkbox size="xs" label="VPN" checked={waysIn.vpn} onChange={(e) => setWaysIn({ vpn: e.currentTarget.checked })} />
                      <Checkbox size="xs" label="Direct Connect" checked={waysIn.directConnect} onChange={(e) => setWaysIn({ directConnect: e.currentTarget.checked })} />
                      <Checkbox size="xs" label="Peered VPC" checked={waysIn.peering} onChange={(e) => setWaysIn({ peering: e.currentTarget.checked })} />
                    </Stack>
                  </Menu.Dropdown>
                </Menu>
                <Menu shadow="md">
                  <Menu.Target>
                    <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} loading={exporting}>
                      Export
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => doExport('png')}>PNG image</Menu.Item>
                    <Menu.Item onClick={() => doExport('svg')}>SVG image</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
                {editable && onNewSetup && (
                  <>
                    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => newSetup('ha', defaultSubnet)}>
                      New HA setup
                    </Button>
                    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => newSetup('lvs-dr', defaultSubnet)}>
                      New LVS cluster
                    </Button>
                  </>
                )}
                <Button size="xs" variant={simOpen ? 'filled' : 'light'} color="teal" leftSection={<IconTimeline size={14} />} onClick={() => setSimOpen((o) => !o)}>
                  Simulate failover
                </Button>
              </Group>
            </Paper>
          </Panel>
          <Panel position="top-center" style={{ marginTop: 64 }}>
            <ConnectionHint />
            {refusal && (
              <Alert color="red" variant="filled" radius="md" className="topo-hint" role="alert" title="Connection refused" withCloseButton onClose={() => setRefusal(null)}>
                {refusal}
              </Alert>
            )}
          </Panel>
          <Panel position="bottom-center">
            <SelectionBar
              node={selection.node}
              edge={selection.edge}
              editable={editable}
              onPickVip={setPickFrom}
              onEdge={edgeRequest}
              onClear={() => {
                rf.setNodes((ns) => ns.map((n) => (n.selected ? { ...n, selected: false } : n)));
                rf.setEdges((es) => es.map((e) => (e.selected ? { ...e, selected: false } : e)));
              }}
            />
          </Panel>
        </ReactFlow>
      </div>
      {simOpen && (
        <aside className="topo-side">
          <SimPanel choices={scope.kind === 'ha-group' ? simChoices.filter((c) => c.group.id === scope.groupId) : simChoices} onClose={() => setSimOpen(false)} />
        </aside>
      )}
      </div>
      <BindNicDialog request={bindRequest} facts={graph.facts} onClose={() => setBindRequest(null)} />
      <UnbindNicDialog request={unbindRequest} onClose={() => setUnbindRequest(null)} />
      <EipDialog request={eipRequest} onClose={() => setEipRequest(null)} />
      <PickVipDialog
        from={pickFrom}
        facts={graph.facts}
        onClose={() => setPickFrom(null)}
        onPick={({ vipNodeId, nicPortId }) => {
          const from = pickFrom;
          setPickFrom(null);
          if (from?.kind === 'server' && nicPortId) setBindRequest({ vipNodeId, nicPortId });
          else if (from?.kind === 'eip') onConnect({ source: from.eipNodeId, sourceHandle: 'out', target: vipNodeId, targetHandle: 'in' });
        }}
      />
      <AddServerModal subnet={subnetById(addServerTo)} onClose={() => setAddServerTo(null)} />
      {assignVipIn && renderAssignVip?.(assignVipIn, () => setAssignVipIn(null))}
    </TopologyActionsContext.Provider>
  );
}

function miniColor(n: Node): string {
  switch (n.type) {
    case 'vpc':
      return 'rgba(116, 192, 252, 0.25)';
    case 'subnet':
      return 'rgba(255, 255, 255, 0.9)';
    case 'vip':
      return '#12b886';
    case 'eip':
      return '#be4bdb';
    case 'entry':
      return '#343a40';
    default:
      return '#adb5bd';
  }
}

/**
 * Zoomed far out, node text is unreadable and costs most of a frame to paint on a machine without a GPU:
 * one subscriber to the zoom puts a class on the shell, and CSS draws the nodes as plain boxes. No node re-renders.
 */
function FarClass({ shell }: { shell: React.RefObject<HTMLDivElement | null> }) {
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  useEffect(() => {
    shell.current?.classList.toggle('is-far', far);
  }, [far, shell]);
  return null;
}

const FAR_ZOOM = 0.3;

/** While a connection is drawn: what dropping here would do, or why it is refused. */
function ConnectionHint() {
  const c = useConnection((s) =>
    s.inProgress
      ? { from: s.fromNode?.id ?? null, fromHandle: s.fromHandle?.id ?? null, to: s.toNode?.id ?? null, toHandle: s.toHandle?.id ?? null }
      : null,
  );
  const facts = useTopologyActions().facts();
  const actions = c;
  if (!actions) return null;
  if (!actions.to) {
    return (
      <Paper withBorder px="sm" py={6} radius="md" shadow="sm">
        <Text size="sm">Drop on a virtual IP to bind.</Text>
      </Paper>
    );
  }
  const verdict = judgeConnection(facts, { source: actions.from, sourceHandle: actions.fromHandle, target: actions.to, targetHandle: actions.toHandle });
  return (
    <Alert color={verdict.ok ? 'teal' : 'red'} radius="md" className="topo-hint" icon={verdict.ok ? undefined : <IconX size={16} />} data-testid="connection-hint">
      {verdict.ok ? 'Release to bind: you will confirm first.' : verdict.reason}
    </Alert>
  );
}

function SelectionBar({
  node,
  edge,
  editable,
  onPickVip,
  onEdge,
  onClear,
}: {
  node: FlowNode | null;
  edge: FlowEdge | null;
  editable: boolean;
  onPickVip: (from: Parameters<typeof PickVipDialog>[0]['from']) => void;
  onEdge: (edgeId: string) => void;
  onClear: () => void;
}) {
  if (!node && !edge) return null;
  let text = '';
  let action: ReactNode = null;
  if (edge) {
    text = edge.data?.kind === 'eip' ? `EIP ${edge.data.ip} binding` : `Binding of NIC ${edge.data?.ip ?? ''}`;
    if (editable) {
      action = (
        <Button size="xs" color="red" variant="light" onClick={() => onEdge(edge.id)}>
          {edge.data?.kind === 'eip' ? 'Unbind EIP…' : 'Unbind…'}
        </Button>
      );
    }
  } else if (node?.type === 'server') {
    text = `Server ${String(node.data.name)}`;
    if (editable) {
      action = (
        <Button size="xs" onClick={() => onPickVip({ kind: 'server', serverId: String(node.data.serverId), name: String(node.data.name) })}>
          Bind to VIP…
        </Button>
      );
    }
  } else if (node?.type === 'eip') {
    text = `EIP ${String(node.data.ip)}`;
    if (editable && !node.data.bound) {
      action = (
        <Button size="xs" onClick={() => onPickVip({ kind: 'eip', eipNodeId: node.id, name: `EIP ${String(node.data.ip)}` })}>
          Bind to VIP…
        </Button>
      );
    }
  } else if (node?.type === 'vip') {
    text = `Virtual IP ${String(node.data.ip)}: draw a NIC to it to bind, or select a server and use Bind to VIP…`;
  } else if (node?.type === 'subnet') {
    text = `Subnet ${String(node.data.name)}: its menu adds a server or a VIP here`;
  } else if (node) {
    text = String(node.data.label ?? node.id);
  }
  return (
    <Paper withBorder px="sm" py={6} radius="md" shadow="sm" role="region" aria-label="Selection">
      <Group gap="sm" wrap="nowrap">
        <Text size="sm">{text}</Text>
        {action}
        <CloseButton size="sm" aria-label="Clear the selection" onClick={onClear} />
      </Group>
    </Paper>
  );
}

/** The HA groups of the view with what the simulation needs of each member. */
function simGroups(input: TopologyInput, graph: TopologyGraph): SimGroupChoice[] {
  const vips = new Set(Object.values(graph.facts.vips).map((v) => v.id));
  const servers = new Map(input.servers.map((s) => [s.id, s]));
  const ports = new Map(input.ports.map((p) => [p.id, p]));
  return input.haGroups
    .filter((g) => vips.has(g.vip_port_id))
    .map((group) => ({
      group,
      members: group.members.map((m) => {
        const s = servers.get(m.server_id);
        const port = ports.get(m.port_id);
        return {
          serverId: m.server_id,
          name: s?.name ?? m.server_id,
          ip: port?.fixed_ips[0]?.ip_address ?? '',
          portId: m.port_id,
          role: m.role,
          priority: m.priority,
          running: s ? s.status === 'ACTIVE' : true,
        };
      }),
    }));
}
