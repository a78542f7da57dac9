import { useLingui } from '@lingui/react/macro';
import { applyEdgeChanges, applyNodeChanges, useReactFlow, type EdgeChange, type NodeChange, type OnSelectionChangeParams } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FIT_OPTIONS, toFlowEdges, toFlowNodes, type EdgeNamer, type FlowEdge, type FlowNode, type SavedPositions } from './flow-elements';
import type { Layout } from './layout';
import type { TopologyGraph } from './model';

interface FlowElementsOptions {
  graph: TopologyGraph;
  layout: Layout;
  saved: SavedPositions | undefined;
  editable: boolean;
  onMoved: (moved: SavedPositions) => void;
  onRelayout: () => void;
}

/** The canvas's nodes and edges: rebuilt from the graph (keeping the selection), dragged positions saved, re-layout. */
export function useFlowElements({ graph, layout, saved, editable, onMoved, onRelayout }: FlowElementsOptions) {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const { t } = useLingui();
  const name = useCallback<EdgeNamer>(
    ({ kind, ip = '' }) => (kind === 'bind' ? t`Binding of NIC ${ip}` : kind === 'eip' ? t`EIP ${ip} binding` : undefined),
    [t],
  );
  const selectedRef = useRef(new Set<string>());
  const [nodes, setNodes] = useState<FlowNode[]>(() => toFlowNodes(graph, layout, saved, new Set()));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(graph, new Set(), editable, name));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNodes(toFlowNodes(graph, layout, saved, selectedRef.current));
    setEdges(toFlowEdges(graph, selectedRef.current, editable, name));
  }, [graph, layout, saved, editable, name]);
  const [selection, setSelection] = useState<{ node: FlowNode | null; edge: FlowEdge | null }>({ node: null, edge: null });

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  const onNodeDragStop = useCallback(
    (_: unknown, _node: FlowNode, dragged: FlowNode[]) => onMoved(Object.fromEntries(dragged.map((n) => [n.id, n.position]))),
    [onMoved],
  );
  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams<FlowNode, FlowEdge>) => {
    selectedRef.current = new Set([...ns.map((n) => n.id), ...es.map((e) => e.id)]);
    setSelection({ node: ns[0] ?? null, edge: es[0] ?? null });
  }, []);

  const relayout = () => {
    onRelayout();
    setNodes(toFlowNodes(graph, layout, undefined, selectedRef.current));
    requestAnimationFrame(() => rf.fitView({ ...FIT_OPTIONS, duration: 300 }));
  };

  const clearSelection = () => {
    rf.setNodes((ns) => ns.map((n) => (n.selected ? { ...n, selected: false } : n)));
    rf.setEdges((es) => es.map((e) => (e.selected ? { ...e, selected: false } : e)));
  };

  return { nodes, edges, selection, onNodesChange, onEdgesChange, onNodeDragStop, onSelectionChange, relayout, clearSelection };
}
