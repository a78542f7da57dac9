import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { judgeConnection } from './connection-rules';
import type { ServerData, TopoNodeSpec } from './model';
import { demoInput } from './test-fixtures';

const noWays = { vpn: false, directConnect: false, peering: false };
const vpcGraph = (ways = noWays) => buildGraph(demoInput(), { kind: 'vpc', vpcId: 'vpc-1' }, ways);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const server = (nodes: TopoNodeSpec[], id: string) => nodes.find((n) => n.id === `server:${id}`) as Extract<TopoNodeSpec, { type: 'server' }>;

describe('buildGraph, whole VPC', () => {
  it('draws one edge per bound NIC, styled by the NIC role in the VIP group', () => {
    const g = vpcGraph();
    const binds = g.edges.filter((e) => e.data.kind === 'bind');
    expect(binds.map((e) => [e.data.vipPortId, e.data.nicPortId, e.data.role])).toEqual([
      ['p-vip-web', 'p-web1', 'active'],
      ['p-vip-web', 'p-web2', 'standby'],
      ['p-vip-lvs', 'p-web3', 'director'],
      ['p-vip-lvs', 'p-db1web', 'director'],
    ]);
    expect(binds[0]).toMatchObject({ source: 'server:web1', sourceHandle: 'nic:p-web1', target: 'vip:p-vip-web' });
  });

  it('draws director to real server edges for LVS-DR groups, none for HA groups', () => {
    const lvs = vpcGraph().edges.filter((e) => e.data.kind === 'lvs');
    expect(lvs.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'server:db1>server:web4',
      'server:db1>server:web5',
      'server:web3>server:web4',
      'server:web3>server:web5',
    ]);
  });

  it('draws the EIP to its VIP and the Internet to the bound EIP; an unbound EIP has no edge', () => {
    const g = vpcGraph();
    expect(g.edges.filter((e) => e.data.kind === 'eip').map((e) => `${e.source}>${e.target}`)).toEqual(['eip:e-web>vip:p-vip-web']);
    expect(g.edges.filter((e) => e.data.kind === 'entry').map((e) => `${e.source}>${e.target}`)).toEqual(['entry:internet>eip:e-web']);
    expect(g.nodes.some((n) => n.id === 'eip:e-spare')).toBe(true);
  });

  it('connects private ways in (VPN, Direct Connect, peering) to every VIP when shown', () => {
    const g = vpcGraph({ vpn: true, directConnect: false, peering: true });
    const entry = g.edges.filter((e) => e.data.kind === 'entry' && e.source !== 'entry:internet');
    expect(entry.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'entry:peering>vip:p-vip-lvs',
      'entry:peering>vip:p-vip-web',
      'entry:vpn>vip:p-vip-lvs',
      'entry:vpn>vip:p-vip-web',
    ]);
  });

  it('puts subnets in the VPC, VIPs and servers in subnets; a multi-NIC server where its bound NIC is', () => {
    const g = vpcGraph();
    expect(ids(g.nodes.filter((n) => n.type === 'subnet'))).toEqual(['subnet:s-db', 'subnet:s-web']);
    expect(g.nodes.filter((n) => n.type === 'subnet').every((n) => n.parentId === 'vpc:vpc-1')).toBe(true);
    const db1 = server(g.nodes, 'db1');
    expect(db1.parentId).toBe('subnet:s-web');
    expect(db1.data.nics.map((n) => [n.ip, n.home, n.bound])).toEqual([
      ['192.168.1.11', false, false],
      ['192.168.0.21', true, true],
    ]);
    expect(server(g.nodes, 'db2').parentId).toBe('subnet:s-db');
    expect(g.nodes.find((n) => n.id === 'vip:p-vip-web')?.parentId).toBe('subnet:s-web');
  });

  it('marks a bound NIC whose source/destination check is still on, and carries status and role', () => {
    const g = vpcGraph();
    const web2 = server(g.nodes, 'web2').data as ServerData;
    expect(web2.nics[0]).toMatchObject({ bound: true, checkOn: true });
    expect(web2).toMatchObject({ role: 'standby', priority: 100, groupName: 'web-ha' });
    expect(server(g.nodes, 'web1').data.nics[0].checkOn).toBe(false);
    expect(server(g.nodes, 'web5').data).toMatchObject({ status: 'SHUTOFF', role: 'backend', priority: undefined });
  });
});

describe('buildGraph, one HA group', () => {
  it('draws the group VIP, its members, its EIP and subnet only', () => {
    const g = buildGraph(demoInput(), { kind: 'ha-group', groupId: 'g-web' }, noWays);
    expect(ids(g.nodes)).toEqual([
      'eip:e-web',
      'entry:internet',
      'server:web1',
      'server:web2',
      'subnet:s-web',
      'vip:p-vip-web',
      'vpc:vpc-1',
    ]);
    expect(g.edges.filter((e) => e.data.kind === 'bind')).toHaveLength(2);
  });
});

describe('judgeConnection', () => {
  const g = vpcGraph();
  it('accepts a NIC of the VIP subnet that is not bound yet', () => {
    expect(judgeConnection(g.facts, { source: 'server:web3', sourceHandle: 'nic:p-web3', target: 'vip:p-vip-web' })).toEqual({
      ok: true,
      kind: 'bind',
      vipNodeId: 'vip:p-vip-web',
      nicPortId: 'p-web3',
    });
  });
  it('refuses a NIC of another subnet, with the domain reason', () => {
    const v = judgeConnection(g.facts, { source: 'server:db2', sourceHandle: 'nic:p-db2', target: 'vip:p-vip-web' });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toContain('ecs-db-02 (192.168.1.12) is in subnet subnet-db');
  });
  it('refuses a NIC already bound', () => {
    const v = judgeConnection(g.facts, { source: 'server:web1', sourceHandle: 'nic:p-web1', target: 'vip:p-vip-web' });
    expect(!v.ok && v.reason).toBe('ecs-web-01 (192.168.0.11) is already bound to 192.168.0.100.');
  });
  it('applies the EIP rule: one EIP per VIP, and not one bound elsewhere', () => {
    expect(judgeConnection(g.facts, { source: 'eip:e-spare', sourceHandle: 'out', target: 'vip:p-vip-lvs' })).toMatchObject({ ok: true, kind: 'eip' });
    const full = judgeConnection(g.facts, { source: 'eip:e-spare', sourceHandle: 'out', target: 'vip:p-vip-web' });
    expect(!full.ok && full.reason).toContain('only one EIP');
    const elsewhere = judgeConnection(g.facts, { source: 'eip:e-web', sourceHandle: 'out', target: 'vip:p-vip-lvs' });
    expect(!elsewhere.ok && elsewhere.reason).toContain('already bound to 192.168.0.100');
  });
  it('refuses anything but a VIP as the target', () => {
    const v = judgeConnection(g.facts, { source: 'server:web3', sourceHandle: 'nic:p-web3', target: 'server:web4' });
    expect(v.ok).toBe(false);
  });
});
