import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { layoutGraph, type Box, type Layout } from './layout';
import type { TopologyGraph, TopologyInput } from './model';
import { demoInput, port, server, subnet } from './test-fixtures';

const noWays = { vpn: true, directConnect: true, peering: true };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectTidy(graph: TopologyGraph, layout: Layout) {
  const siblings = new Map<string, string[]>();
  for (const n of graph.nodes) {
    expect(layout[n.id], n.id).toBeDefined();
    const key = n.parentId ?? '(top)';
    siblings.set(key, [...(siblings.get(key) ?? []), n.id]);
    if (n.parentId) {
      const parent = layout[n.parentId];
      const box = layout[n.id];
      expect(box.x, `${n.id} inside ${n.parentId}`).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(parent.width);
      expect(box.y + box.height).toBeLessThanOrEqual(parent.height);
    }
  }
  for (const [parent, list] of siblings) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect(overlap(layout[list[i]], layout[list[j]]), `${list[i]} and ${list[j]} overlap in ${parent}`).toBe(false);
      }
    }
  }
}

describe('layoutGraph', () => {
  it('places every node of the demo VPC without overlaps inside any group, children inside their parents', async () => {
    const graph = buildGraph(demoInput(), { kind: 'vpc', vpcId: 'vpc-1' }, noWays);
    const layout = await layoutGraph(graph);
    expectTidy(graph, layout);
  });

  it('ranks VIPs left of their bound servers and directors left of real servers', async () => {
    const graph = buildGraph(demoInput(), { kind: 'vpc', vpcId: 'vpc-1' }, noWays);
    const l = await layoutGraph(graph);
    expect(l['vip:p-vip-web'].x + l['vip:p-vip-web'].width).toBeLessThan(l['server:web1'].x);
    expect(l['server:web3'].x + l['server:web3'].width).toBeLessThan(l['server:web4'].x);
    expect(l['eip:e-web'].x + l['eip:e-web'].width).toBeLessThan(l['vpc:vpc-1'].x);
  });

  it('lays out 1,000 servers in four subnets tidily (its time is a row of `npm run bench`, not a test)', async () => {
    const subnets = [0, 1, 2, 3].map((k) => subnet(`s${k}`, `subnet-${k}`, k));
    const ports = [];
    const servers = [];
    for (let i = 0; i < 1000; i++) {
      const k = i % 4;
      const p = port(`p${i}`, `s${k}`, `192.168.${k}.${10 + Math.floor(i / 4)}`, { server: `v${i}` });
      ports.push(p);
      servers.push(server(`v${i}`, `ecs-${String(i).padStart(4, '0')}`, [p]));
    }
    ports.push(port('vip0', 's0', '192.168.0.250', { vip: true }, ['192.168.0.10', '192.168.0.11']));
    const input: TopologyInput = { vpc: { id: 'vpc-1', name: 'big', cidr: '192.168.0.0/16' }, subnets, ports, servers, eips: [], haGroups: [] };
    const graph = buildGraph(input, { kind: 'vpc', vpcId: 'vpc-1' }, { vpn: false, directConnect: false, peering: false });
    const layout = await layoutGraph(graph);
    expect(graph.nodes.filter((n) => n.type === 'server')).toHaveLength(1000);
    expectTidy(graph, layout);
  });
});
