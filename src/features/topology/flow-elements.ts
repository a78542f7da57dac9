import { getViewportForBounds, type Edge, type Node, type Viewport } from '@xyflow/react';
import type { Layout } from './layout';
import type { TopoEdgeData, TopologyGraph } from './model';

export type FlowNode = Node<Record<string, unknown>>;
export type FlowEdge = Edge<TopoEdgeData>;
export type SavedPositions = Record<string, { x: number; y: number }>;

/**
 * The first fit zooms out no further than 0.78, where the smallest node text (12 px) reads at 9.4 px and
 * names and addresses (13-15 px) at 10-12 px: a VPC like the demo's opens whole on a laptop, a wider one
 * opens readable, to be panned. Fit view (`WHOLE_FIT`) shows all of it, however small.
 */
export const FIT_OPTIONS = { minZoom: 0.78, maxZoom: 1.1, padding: { top: '64px', left: '24px', bottom: '24px', right: '24px' } } as const;
export const WHOLE_FIT = { ...FIT_OPTIONS, minZoom: 0.01 } as const;
export const ZOOM_RANGE = { min: WHOLE_FIT.minZoom, max: 2 } as const;

/**
 * Where the view starts before React Flow fits it: the fit of the laid-out diagram in the window (the
 * canvas is smaller, so the real fit is at most this zoom). React Flow first renders every node once to
 * measure its handles, at this zoom: a big diagram is then drawn far out from the start (plain boxes)
 * instead of in full and redrawn as boxes once fitted.
 */
export function estimatedViewport(graph: TopologyGraph, layout: Layout, width: number, height: number): Viewport {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of graph.nodes) {
    const box = layout[n.id];
    if (n.parentId || !box) continue;
    x0 = Math.min(x0, box.x);
    y0 = Math.min(y0, box.y);
    x1 = Math.max(x1, box.x + box.width);
    y1 = Math.max(y1, box.y + box.height);
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
}

export function toFlowNodes(graph: TopologyGraph, layout: Layout, saved: SavedPositions | undefined, selected: Set<string>): FlowNode[] {
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

/** What a screen reader calls a binding edge (the caller says it in the console's language). */
export type EdgeNamer = (data: TopoEdgeData) => string | undefined;

export function toFlowEdges(graph: TopologyGraph, selected: Set<string>, editable: boolean, name: EdgeNamer): FlowEdge[] {
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
    ariaLabel: name(e.data),
  }));
}

export function subnetOf(n: FlowNode | null): string | null {
  if (!n) return null;
  if (n.type === 'subnet') return String(n.data.subnetId);
  if (n.parentId?.startsWith('subnet:')) return n.parentId.slice('subnet:'.length);
  return null;
}
