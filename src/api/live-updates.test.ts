import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ChangedStore, LiveChangeMessage } from '../contract/live-changes';
import { eipKeys } from './eips/keys';
import { haGroupKeys } from './ha-groups/keys';
import { createInvalidationBatch, EVERYTHING, holdLiveRefresh, matchesPattern, MAX_DETAILS_PER_STORE, targetsOfChanges, targetsOfMessage } from './live-updates';
import { portKeys } from './ports/keys';
import { serverKeys } from './servers/keys';
import { subnetKeys } from './subnets/keys';
import { vipKeys } from './vips/keys';
import { vpcKeys } from './vpcs/keys';

/** One query of each shape the console reads (as its queryOptions build them), by a readable name. */
const QUERIES: Record<string, QueryKey> = {
  'vips list page': vipKeys.list({ pageSize: 25 }),
  'vips all': vipKeys.list({ all: true, networkId: undefined }),
  'vip V1': vipKeys.detail('V1'),
  'vip V2': vipKeys.detail('V2'),
  'subnet ports S1': portKeys.list({ networkId: 'S1' }),
  'port N1': portKeys.detail('N1'),
  'port V1': portKeys.detail('V1'),
  'servers page': serverKeys.list({ page: 1, pageSize: 25 }),
  'server A': serverKeys.detail('A'),
  'server A nics': serverKeys.nics('A'),
  'server B': serverKeys.detail('B'),
  'server cascade': [...serverKeys.all, 'cascade', 'delete', ['A']],
  'eips all': eipKeys.list({ all: true }),
  'eip E1': eipKeys.detail('E1'),
  'eip E2': eipKeys.detail('E2'),
  'subnets all': subnetKeys.list({ all: true, vpcId: undefined }),
  'subnet S1': subnetKeys.detail('S1'),
  'subnet S1 private ips': subnetKeys.privateIps('S1'),
  'subnet S2 private ips': subnetKeys.privateIps('S2'),
  'vpcs all': vpcKeys.list({ all: true }),
  'vpc P1': vpcKeys.detail('P1'),
  'vpc P2': vpcKeys.detail('P2'),
  'groups all': haGroupKeys.list({ all: true }),
  'group G1': haGroupKeys.detail('G1'),
  'group G2': haGroupKeys.detail('G2'),
};
const ALL_NAMES = Object.keys(QUERIES).sort();

/** The names of the queries a message makes stale, in a real QueryClient holding every query above. */
async function staleAfter(message: LiveChangeMessage, projectId = 'p1'): Promise<string[]> {
  const qc = new QueryClient();
  for (const key of Object.values(QUERIES)) qc.setQueryData(key, { id: 'x' });
  const flushes: (() => void)[] = [];
  createInvalidationBatch(qc, (f) => flushes.push(f))(targetsOfMessage(message, projectId));
  flushes.forEach((f) => f());
  return Object.entries(QUERIES)
    .filter(([, key]) => qc.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

const one = (store: ChangedStore, key?: string): LiveChangeMessage => ({ project: 'p1', changes: [{ store, key }] });

describe('live updates: which queries a committed change makes stale', () => {
  it('a port (VIP or NIC) refreshes VIPs, ports, every server\'s NICs and every subnet\'s private IPs, and only that port\'s details; not the servers', async () => {
    expect(await staleAfter(one('ports', 'V1'))).toEqual(
      ['vips list page', 'vips all', 'vip V1', 'subnet ports S1', 'port V1', 'server A nics', 'server cascade', 'subnet S1 private ips', 'subnet S2 private ips'].sort(),
    );
  });

  it('an EIP refreshes EIPs (that one only), VIPs and servers', async () => {
    expect(await staleAfter(one('publicips', 'E1'))).toEqual(
      ['eips all', 'eip E1', 'vips list page', 'vips all', 'vip V1', 'vip V2', 'servers page', 'server A', 'server A nics', 'server B', 'server cascade'].sort(),
    );
  });

  it('a server refreshes server lists and that server (with its NICs)', async () => {
    expect(await staleAfter(one('servers', 'A'))).toEqual(['servers page', 'server A', 'server A nics', 'server cascade'].sort());
  });

  it('an HA group, a VPC or a subnet refreshes its own lists and detail (a subnet with its private IPs; a group the server cascades)', async () => {
    expect(await staleAfter(one('ha_groups', 'G1'))).toEqual(['group G1', 'groups all', 'server cascade']);
    expect(await staleAfter(one('vpcs', 'P1'))).toEqual(['vpc P1', 'vpcs all']);
    expect(await staleAfter(one('subnets', 'S1'))).toEqual(['subnet S1', 'subnet S1 private ips', 'subnets all']);
  });

  it('a job refreshes nothing; a meta change (a project reset) or a whole-store reset refreshes everything', async () => {
    expect(await staleAfter(one('jobs', 'J1'))).toEqual([]);
    expect(await staleAfter(one('meta', 'p1'))).toEqual(ALL_NAMES);
    expect(await staleAfter({ project: null, changes: [], reset: true }, 'another')).toEqual(ALL_NAMES);
  });

  it('ignores another project, and applies a change whose project the backend could not tell', async () => {
    expect(await staleAfter({ project: 'p2', changes: [{ store: 'meta', key: 'p2' }] })).toEqual([]);
    expect(await staleAfter({ project: null, changes: [{ store: 'servers', key: 'B' }] })).toEqual(['server B', 'server cascade', 'servers page']);
  });

  it('a store named without key (a bulk write) refreshes the whole family of that store', async () => {
    expect(await staleAfter(one('servers'))).toEqual(['servers page', 'server A', 'server A nics', 'server B', 'server cascade'].sort());
  });
});

describe('live updates: coalescing', () => {
  it('10,000 changed servers give a handful of patterns, none per record', () => {
    const changes = Array.from({ length: 10_000 }, (_, i) => ({ store: 'servers' as const, key: `s${i}` }));
    const targets = targetsOfChanges([...changes, { store: 'ports', key: 'n1' }, { store: 'ports', key: 'n1' }]);
    expect(targets).toContainEqual(serverKeys.details());
    expect(targets.length).toBeLessThanOrEqual(10);
    // the list, each detail, and the cascades
    expect(targetsOfChanges(changes.slice(0, MAX_DETAILS_PER_STORE))).toHaveLength(MAX_DETAILS_PER_STORE + 2);
  });

  it('a burst of messages is one invalidateQueries call, scheduled once', () => {
    const qc = new QueryClient();
    const spy = vi.spyOn(qc, 'invalidateQueries');
    const flushes: (() => void)[] = [];
    const invalidate = createInvalidationBatch(qc, (f) => flushes.push(f));
    for (let i = 0; i < 50; i++) invalidate(targetsOfMessage(one('ports', `V${i}`), 'p1'));
    invalidate(targetsOfMessage(one('jobs', 'J'), 'p1'));
    expect(flushes).toHaveLength(1);
    flushes[0]();
    expect(spy).toHaveBeenCalledTimes(1);
    invalidate([]);
    expect(flushes).toHaveLength(1);
  });

  it('while a workflow holds refreshes, changes only collect; on release they are invalidated once, joining fetches in flight', () => {
    const qc = new QueryClient();
    const spy = vi.spyOn(qc, 'invalidateQueries');
    const flushes: (() => void)[] = [];
    const invalidate = createInvalidationBatch(qc, (f) => flushes.push(f));
    const release = holdLiveRefresh();
    invalidate(targetsOfMessage(one('ports', 'V1'), 'p1'));
    flushes.shift()!();
    invalidate(targetsOfMessage(one('ports', 'N1'), 'p1'));
    flushes.splice(0).forEach((f) => f());
    expect(spy).not.toHaveBeenCalled();
    release();
    release(); // a second call changes nothing
    expect(flushes).toHaveLength(1);
    flushes.shift()!();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1]).toEqual({ cancelRefetch: false });
    const held = spy.mock.calls[0][0] as { predicate: (q: { queryKey: QueryKey }) => boolean };
    expect(held.predicate({ queryKey: portKeys.detail('V1') }) && held.predicate({ queryKey: portKeys.detail('N1') })).toBe(true);
    // Not held any more: the next change is invalidated as usual, cancelling a fetch that started before it.
    invalidate(targetsOfMessage(one('ports', 'V2'), 'p1'));
    flushes.shift()!();
    expect(spy.mock.calls[1][1]).toEqual({ cancelRefetch: true });
  });

  it('patterns match key prefixes segment by segment', () => {
    expect(matchesPattern(EVERYTHING, ['vips', 'detail', 'x'])).toBe(true);
    expect(matchesPattern(vipKeys.lists(), vipKeys.list({ pageSize: 1 }))).toBe(true);
    expect(matchesPattern(vipKeys.detail('a'), vipKeys.detail('ab'))).toBe(false);
    expect(matchesPattern(serverKeys.detail('A'), serverKeys.nics('A'))).toBe(true);
  });
});

describe('project names across tabs', () => {
  it("a project's meta change refreshes every tab's project list, whatever project it works in", () => {
    const message = { project: 'p-other', changes: [{ store: 'meta' as const, key: 'p-other' }] };
    expect(targetsOfMessage(message, 'p-here')).toEqual([['projects']]);
    expect(targetsOfMessage({ project: 'p-other', changes: [{ store: 'vpcs', key: 'v' }] }, 'p-here')).toEqual([]);
  });
});
