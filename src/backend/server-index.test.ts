/* eslint-disable @typescript-eslint/no-explicit-any -- tests read JSON answers loosely, as a client would */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackend } from './handler';
import { ServerIndex } from './server-index';
import type { ServerRecord } from './store';
import { makeHarness, TOKEN_HEADERS, type Harness } from './test-harness';

const QUERIES = [
  'limit=1000',
  'name=ecs-large-0001&limit=5',
  'name=ECS-LARGE-0001&limit=5&offset=2',
  'name=idx&limit=50',
  'name=idx&sort_key=name&sort_dir=desc&limit=3&offset=2',
  'sort_key=name&limit=7&offset=3',
  'sort_key=created_at&sort_dir=asc&limit=9&offset=4',
  'status=SHUTOFF&limit=1000',
  'status=ACTIVE&name=idx&limit=1000',
  'ip=10.0.0.1&limit=1000',
];

/** The answers of a backend that has never seen the store: its index is built from what is stored now. */
async function truth(h: Harness, p: string) {
  const fresh = createBackend({ store: h.store });
  const out: Record<string, unknown> = {};
  for (const q of QUERIES) {
    const url = new URL(`/v1/${p}/cloudservers/detail?${q}`, 'http://x');
    out[q] = (await fresh.handle({ method: 'GET', path: url.pathname, query: url.searchParams, headers: TOKEN_HEADERS })).body;
  }
  return out;
}

async function answers(h: Harness, p: string) {
  const out: Record<string, unknown> = {};
  for (const q of QUERIES) out[q] = (await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`)).body;
  return out;
}

async function setUp() {
  const h = await makeHarness();
  const p = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
  await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large', servers: 300 });
  const subnet = (await h.call('GET', `/v1/${p}/subnets?name=subnet-large-002`)).body.subnets[0];
  const vpc = (await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs[0];
  const create = (name: string, count = 1) =>
    h.call('POST', `/v1/${p}/cloudservers`, {
      server: { name, imageRef: 'img', flavorRef: 's6.small.1', vpcid: vpc.id, nics: [{ subnet_id: subnet.id }], root_volume: { volumetype: 'SSD' }, count },
    });
  return { h, p, create };
}

describe('the servers list index', () => {
  it('answers every list as a backend reading the store afresh, through creates, stops, deletes and refused writes', async () => {
    const { h, p, create } = await setUp();
    // The first filtered list builds the index; everything after is kept in step by the writes.
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail?name=ecs-large-0001`)).body.count).toBe(10);
    expect(await answers(h, p)).toEqual(await truth(h, p));
    const createdWeb = await create('idx-web', 3);
    expect(createdWeb.body).toMatchObject({ serverIds: expect.any(Array) });
    const made = createdWeb.body.serverIds as string[];
    await create('IDX-db');
    await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-stop': { servers: [{ id: made[1] }] } });
    await h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: made[0] }] });
    const refused = await h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: made[2] }, { id: 'no-such-server' }] });
    expect(refused.status).toBe(404);
    const now = await answers(h, p);
    expect(now).toEqual(await truth(h, p));
    expect((now['name=idx&limit=50'] as any).servers.map((s: any) => s.name)).toEqual(['IDX-db', 'idx-web-0003', 'idx-web-0002']);
    expect((now['status=SHUTOFF&limit=1000'] as any).count).toBe(Math.floor(300 / 7) + 1);
  });

  it('keeps the writes that commit while it is being built', async () => {
    const { h, p, create } = await setUp();
    // The filtered list starts the build; the creates run at the same time.
    const [listed] = await Promise.all([h.call('GET', `/v1/${p}/cloudservers/detail?name=idx`), create('idx-a'), create('idx-b', 2)]);
    expect(listed.status).toBe(200);
    const now = await answers(h, p);
    expect((now['name=idx&limit=50'] as any).count).toBe(3);
    expect(now).toEqual(await truth(h, p));
  });

  it('starts again from the store after the project is replaced', async () => {
    const { h, p, create } = await setUp();
    await h.call('GET', `/v1/${p}/cloudservers/detail?name=idx`);
    await create('idx-gone');
    await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large', servers: 40 });
    const now = await answers(h, p);
    expect((now['limit=1000'] as any).count).toBe(40);
    expect((now['name=idx&limit=50'] as any).count).toBe(0);
    expect(now).toEqual(await truth(h, p));
  });
});

describe('ServerIndex orders', () => {
  const record = (id: string, name: string, created: string, status = 'ACTIVE') => ({ id, name, created, status }) as unknown as ServerRecord;
  const sortedIds = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  it('stay sorted by name and by creation through any mix of puts, renames and deletes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 30 }), name: fc.constantFrom('a', 'b', 'B', 'web-1', 'web-10', 'web-2', ''), day: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 0, max: 10 }), (ops, initial) => {
        const live = new Map<string, ServerRecord>();
        for (let i = 0; i < initial; i++) live.set(`s${i}`, record(`s${i}`, `n${i % 3}`, `2026-01-0${(i % 5) + 1}`));
        const index = new ServerIndex([...live.values()]);
        for (const o of ops) {
          const id = `s${o.id}`;
          if (o.kind === 'put') {
            const r = record(id, o.name, `2026-01-0${o.day}`);
            live.set(id, r);
            index.apply({ store: 'servers', key: id, value: r });
          } else {
            live.delete(id);
            index.apply({ store: 'servers', key: id });
          }
        }
        const all = [...live.values()];
        const expected = (field: 'name' | 'created') => [...all].sort((a, b) => byCodeUnits(a[field], b[field]) || byCodeUnits(a.id, b.id)).map((r) => r.id);
        expect(index.count).toBe(all.length);
        expect(sortedIds(index.ordered('name'))).toEqual(expected('name'));
        expect(sortedIds(index.ordered('created_at'))).toEqual(expected('created'));
      }),
    );
  });
});
