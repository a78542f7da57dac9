// Builds the topology view's nodes and edges (our own pure build-graph and layout) from the API data
// the bench read in the browser, so the bare React Flow page draws exactly the same nodes; and times
// build-graph + layout of that graph (the first run loads dagre; `runs` more are timed).
// Usage: tsx scripts/bench/topology-nodes.ts <input.json> <output.json> [<timings.json> [runs]]
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildGraph } from '../../src/features/topology/build-graph';
import { layoutGraph } from '../../src/features/topology/layout';
import type { TopologyInput } from '../../src/features/topology/model';

const [input, output, timings, runs = '7'] = process.argv.slice(2);
const data = JSON.parse(readFileSync(input, 'utf8')) as TopologyInput;
const scope = { kind: 'vpc', vpcId: data.vpc.id } as const;
const noWaysIn = { vpn: false, directConnect: false, peering: false };
const graph = buildGraph(data, scope, noWaysIn);
const layout = await layoutGraph(graph);
const label = (n: (typeof graph.nodes)[number]) => String(n.data.name ?? n.data.ip ?? n.data.label ?? n.id);
const nodes = graph.nodes.map((n) => {
  const box = layout[n.id];
  const group = n.type === 'vpc' || n.type === 'subnet';
  return {
    id: n.id,
    type: group ? 'group' : 'default',
    parentId: n.parentId,
    position: { x: box.x, y: box.y },
    width: group ? box.width : n.width,
    height: group ? box.height : n.height,
    data: { label: label(n) },
    ...(group ? { draggable: false, selectable: false } : {}),
    ...(n.parentId ? { extent: 'parent' } : {}),
  };
});
const edges = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
writeFileSync(output, JSON.stringify({ nodes, edges }));
console.log(`${nodes.length} nodes, ${edges.length} edges`);

if (timings) {
  const samples: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const started = performance.now();
    await layoutGraph(buildGraph(data, scope, noWaysIn));
    samples.push(performance.now() - started);
  }
  writeFileSync(timings, JSON.stringify(samples));
}
