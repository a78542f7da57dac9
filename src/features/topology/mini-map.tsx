import { useLingui } from '@lingui/react/macro';
import { Panel, useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { miniMapColor } from './mini-map-color';

const WIDTH = 200;
const HEIGHT = 150;
const OFFSET = 5;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface NodeRect extends Rect {
  id: string;
  color: string;
}

const viewOf = (s: ReactFlowState): Rect => ({ x: -s.transform[0] / s.transform[2], y: -s.transform[1] / s.transform[2], width: s.width / s.transform[2], height: s.height / s.transform[2] });
const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const nodesOf = (s: ReactFlowState) => s.nodes;

function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The minimap's viewBox, as React Flow's MiniMap computes it: the nodes and the view, centred, with a margin. */
function viewBoxOf(bounds: Rect | null, view: Rect) {
  const box = union(bounds, view);
  const scale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const offset = OFFSET * scale;
  const width = scale * WIDTH + 2 * offset;
  const height = scale * HEIGHT + 2 * offset;
  return { x: box.x - (scale * WIDTH - box.width) / 2 - offset, y: box.y - (scale * HEIGHT - box.height) / 2 - offset, width, height };
}

const NodeLayer = memo(function NodeLayer({ rects, viewBox }: { rects: NodeRect[]; viewBox: string }) {
  return (
    <svg className="topo-minimap-nodes" width={WIDTH} height={HEIGHT} viewBox={viewBox} aria-hidden>
      {rects.map((r) => (
        <rect key={r.id} className="react-flow__minimap-node" x={r.x} y={r.y} width={r.width} height={r.height} rx={5} style={{ fill: r.color }} shapeRendering="crispEdges" />
      ))}
    </svg>
  );
});

/**
 * A minimap that costs nothing while panning: React Flow's MiniMap re-lays out and repaints its SVG of every
 * node on each frame of a pan (its mask moves inside the same SVG), and runs a store selector per node. Here
 * the nodes are one SVG in a layer of its own, redrawn only when nodes change or the view leaves their
 * bounds, and the moving mask is a second SVG on top. Drag it to pan, wheel to zoom, as React Flow's does.
 */
export function TopoMiniMap({ ariaLabel }: { ariaLabel?: string }) {
  const { t } = useLingui();
  const store = useStoreApi();
  const rf = useReactFlow();
  const nodes = useStore(nodesOf);
  const view = useStore(viewOf, sameRect);
  const maskRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const { rects, bounds } = useMemo(() => {
    void nodes;
    const list: NodeRect[] = [];
    let all: Rect | null = null;
    for (const n of store.getState().nodeLookup.values()) {
      if (n.hidden) continue;
      const { x, y } = n.internals.positionAbsolute;
      const rect = { x, y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
      list.push({ id: n.id, color: miniMapColor(n), ...rect });
      all = union(all, rect);
    }
    return { rects: list, bounds: all };
  }, [nodes, store]);

  const box = viewBoxOf(bounds, view);
  const viewBox = `${box.x} ${box.y} ${box.width} ${box.height}`;
  const unitsPerPixel = box.width / WIDTH;

  useEffect(() => {
    const el = maskRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const factor = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
      void rf.zoomTo(rf.getZoom() * Math.pow(2, -e.deltaY * factor));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [rf]);

  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag.current) return;
    const { x, y, zoom } = rf.getViewport();
    const dx = (e.clientX - drag.current.x) * unitsPerPixel * zoom;
    const dy = (e.clientY - drag.current.y) * unitsPerPixel * zoom;
    drag.current = { x: e.clientX, y: e.clientY };
    void rf.setViewport({ x: x - dx, y: y - dy, zoom });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap topo-minimap">
      <NodeLayer rects={rects} viewBox={viewBox} />
      <svg
        ref={maskRef}
        className="topo-minimap-mask react-flow__minimap-svg"
        width={WIDTH}
        height={HEIGHT}
        viewBox={viewBox}
        role="img"
        aria-label={ariaLabel ?? t`Minimap`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        <path
          className="react-flow__minimap-mask"
          d={`M${box.x - OFFSET * unitsPerPixel},${box.y - OFFSET * unitsPerPixel}h${box.width + 2 * OFFSET * unitsPerPixel}v${box.height + 2 * OFFSET * unitsPerPixel}h${-box.width - 2 * OFFSET * unitsPerPixel}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
