import type { TopoEdgeSpec, TopoNodeSpec, TopologyGraph } from './model';
import { SIZE } from './sizes';

export interface Box {
  /** Relative to the parent node, as React Flow places child nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Layout = Record<string, Box>;

const GAP = { node: 28, rank: 110, grid: 24, block: 44, subnet: 48, column: 72 };

type Dagre = typeof import('@dagrejs/dagre');
let dagrePromise: Promise<Dagre> | null = null;
/** dagre is loaded on first use, so it stays out of every bundle but the topology's. */
const loadDagre = () => (dagrePromise ??= import('@dagrejs/dagre'));
/** Starts loading dagre before the first layout needs it. */
export const preloadLayout = () => loadDagre().then(() => undefined);

/**
 * Places every node; pure apart from loading dagre. Inside each subnet, VIPs and the servers bound to them
 * (and LVS real servers behind their directors) are ranked left to right by dagre; the other servers fill a
 * grid below. Subnets are packed in rows inside the VPC. EIPs sit in a column left of the VPC, each level with
 * its VIP; the Internet left of them, the private ways in below them. Group sizes come out of the layout.
 */
export async function layoutGraph(graph: TopologyGraph): Promise<Layout> {
  const dagre = await loadDagre();
  const out: Layout = {};
  const children = new Map<string, TopoNodeSpec[]>();
  for (const n of graph.nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const vpc = graph.nodes.find((n) => n.type === 'vpc');
  if (!vpc) return out;

  const subnets = children.get(vpc.id) ?? [];
  const sizes = new Map<string, { width: number; height: number }>();
  for (const subnet of subnets) sizes.set(subnet.id, layoutSubnet(dagre, children.get(subnet.id) ?? [], graph.edges, out));

  const colX = { entry: 0, eip: SIZE.entry.width + GAP.column, vpc: SIZE.entry.width + SIZE.eip.width + 2 * GAP.column };
  // Shelf packing of subnets inside the VPC.
  const area = subnets.reduce((sum, s) => sum + sizes.get(s.id)!.width * sizes.get(s.id)!.height, 0);
  const widest = Math.max(0, ...subnets.map((s) => sizes.get(s.id)!.width));
  const rowLimit = Math.max(widest, Math.sqrt(area * 4));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let innerWidth = 0;
  for (const s of subnets) {
    const size = sizes.get(s.id)!;
    if (x > 0 && x + size.width > rowLimit) {
      x = 0;
      y += rowHeight + GAP.subnet;
      rowHeight = 0;
    }
    out[s.id] = { x: SIZE.vpc.pad + x, y: SIZE.vpc.header + y, ...size };
    x += size.width + GAP.subnet;
    rowHeight = Math.max(rowHeight, size.height);
    innerWidth = Math.max(innerWidth, x - GAP.subnet);
  }
  const vpcBox: Box = {
    x: colX.vpc,
    y: 0,
    width: Math.max(innerWidth, SIZE.subnet.minWidth) + 2 * SIZE.vpc.pad,
    height: SIZE.vpc.header + y + rowHeight + SIZE.vpc.pad,
  };
  out[vpc.id] = vpcBox;

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const absolute = (id: string): Box => {
    const node = byId.get(id);
    const box = out[id];
    if (!node || !box) return { x: 0, y: 0, width: 0, height: 0 };
    if (!node.parentId) return box;
    const parent = absolute(node.parentId);
    return { ...box, x: parent.x + box.x, y: parent.y + box.y };
  };
  const centerY = (id: string) => {
    const b = absolute(id);
    return b.y + b.height / 2;
  };

  // EIPs level with what they point at; unbound ones below.
  const eips = graph.nodes.filter((n) => n.type === 'eip');
  const targetOf = new Map(graph.edges.filter((e) => e.data.kind === 'eip').map((e) => [e.source, e.target]));
  const wanted = eips.map((e) => {
    const target = targetOf.get(e.id);
    return { node: e, y: target && out[target] ? centerY(target) - e.height / 2 : Number.POSITIVE_INFINITY };
  });
  wanted.sort((a, b) => a.y - b.y);
  let nextFree = SIZE.vpc.header;
  for (const w of wanted) {
    const top = Number.isFinite(w.y) ? Math.max(w.y, nextFree) : nextFree;
    out[w.node.id] = { x: colX.eip, y: top, width: w.node.width, height: w.node.height };
    nextFree = top + w.node.height + GAP.grid;
  }

  // Ways in: the Internet level with the bound EIPs, the private ways level with the VIPs.
  const entries = graph.nodes.filter((n) => n.type === 'entry');
  const mean = (ys: number[], fallback: number) => (ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : fallback);
  const boundEipYs = eips.filter((e) => targetOf.has(e.id)).map((e) => out[e.id].y + e.height / 2);
  const vipYs = graph.nodes.filter((n) => n.type === 'vip' && out[n.id]).map((n) => centerY(n.id));
  const internet = entries.find((e) => e.data.kind === 'internet');
  if (internet) {
    const top = Math.max(SIZE.vpc.header, mean(boundEipYs, SIZE.vpc.header + internet.height / 2) - internet.height / 2);
    out[internet.id] = { x: colX.entry, y: top, width: internet.width, height: internet.height };
  }
  // The private ways (VPN, Direct Connect, peering) reach the VIPs by their private address: they stand in
  // the EIP column, below the EIPs, so their edges do not cross the EIPs.
  const privateWays = entries.filter((e) => e.data.kind !== 'internet');
  const blockHeight = privateWays.reduce((h, e) => h + e.height + GAP.grid, -GAP.grid);
  let top = Math.max(nextFree + GAP.block - GAP.grid, mean(vipYs, 0) - blockHeight / 2);
  for (const e of privateWays) {
    out[e.id] = { x: colX.eip + (SIZE.eip.width - e.width) / 2, y: top, width: e.width, height: e.height };
    top += e.height + GAP.grid;
  }
  return out;
}

/** Lays out one subnet's children (relative to the subnet) and returns the subnet's size. */
function layoutSubnet(dagre: Dagre, kids: TopoNodeSpec[], edges: TopoEdgeSpec[], out: Layout) {
  const inside = new Set(kids.map((k) => k.id));
  const linked = new Set<string>();
  const ranked: { from: string; to: string }[] = [];
  for (const e of edges) {
    if (!inside.has(e.source) || !inside.has(e.target)) continue;
    if (e.data.kind === 'bind') ranked.push({ from: e.target, to: e.source });
    else if (e.data.kind === 'lvs') ranked.push({ from: e.source, to: e.target });
    else continue;
    linked.add(e.source);
    linked.add(e.target);
  }
  const flow = kids.filter((k) => k.type === 'vip' || linked.has(k.id));
  const loose = kids.filter((k) => k.type === 'server' && !linked.has(k.id));

  const left = SIZE.subnet.pad;
  let top = SIZE.subnet.header;
  let width = 0;
  if (flow.length > 0) {
    const g = new dagre.graphlib.Graph();
    g.setGraph({ rankdir: 'LR', nodesep: GAP.node, ranksep: GAP.rank, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const k of flow) g.setNode(k.id, { width: k.width, height: k.height });
    for (const r of ranked) g.setEdge(r.from, r.to);
    dagre.layout(g);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const k of flow) {
      const p = g.node(k.id);
      minX = Math.min(minX, p.x - k.width / 2);
      minY = Math.min(minY, p.y - k.height / 2);
      maxX = Math.max(maxX, p.x + k.width / 2);
      maxY = Math.max(maxY, p.y + k.height / 2);
    }
    for (const k of flow) {
      const p = g.node(k.id);
      out[k.id] = { x: left + p.x - k.width / 2 - minX, y: top + p.y - k.height / 2 - minY, width: k.width, height: k.height };
    }
    width = maxX - minX;
    top += maxY - minY + (loose.length ? GAP.block : 0);
  }
  if (loose.length > 0) {
    const cellW = SIZE.server.width + GAP.grid;
    const typicalH = loose[0].height + GAP.grid;
    const wanted = Math.round(Math.sqrt((loose.length * 1.8 * typicalH) / cellW));
    const cols = Math.max(1, Math.min(loose.length, Math.max(wanted, Math.floor((width + GAP.grid) / cellW))));
    for (let i = 0; i < loose.length; i += cols) {
      const row = loose.slice(i, i + cols);
      const rowH = Math.max(...row.map((k) => k.height));
      row.forEach((k, j) => {
        out[k.id] = { x: left + j * cellW, y: top, width: k.width, height: k.height };
      });
      top += rowH + GAP.grid;
    }
    top -= GAP.grid;
    width = Math.max(width, cols * cellW - GAP.grid);
  }
  return {
    width: Math.max(SIZE.subnet.minWidth, width + 2 * SIZE.subnet.pad),
    height: Math.max(SIZE.subnet.minHeight, top + SIZE.subnet.pad),
  };
}
