import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend';
import { ProjectStores } from './project-stores';

const headers = { 'x-auth-token': 't' };

function client(stores: ProjectStores) {
  const backend = createBackend({ storeOf: (project) => stores.storeOf(project), projects: () => stores.projects() });
  return async (method: string, url: string, body?: unknown) => {
    const u = new URL(url, 'http://api.test');
    const r = await backend.handle({ method, path: u.pathname, query: u.searchParams, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return r as { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

describe('one store per project (the Node server)', () => {
  it("serves other projects' reads and writes while one project creates 500 servers with 12 NICs each", { timeout: 120_000 }, async () => {
    const stores = new ProjectStores();
    const call = client(stores);
    const big = crypto.randomUUID().replace(/-/g, '');
    const other = crypto.randomUUID().replace(/-/g, '');
    const vpc = (await call('POST', `/v1/${big}/vpcs`, { vpc: { name: 'big', cidr: '10.0.0.0/16' } })).body.vpc;
    const subnet = (await call('POST', `/v1/${big}/subnets`, { subnet: { name: 'big', cidr: '10.0.0.0/17', gateway_ip: '10.0.0.1', vpc_id: vpc.id } })).body.subnet;
    expect((await call('POST', `/v1/${other}/vpcs`, { vpc: { name: 'other', cidr: '10.1.0.0/16' } })).status).toBe(200);

    const order: string[] = [];
    const nics = Array.from({ length: 12 }, () => ({ subnet_id: subnet.id }));
    const create = call('POST', `/v1/${big}/cloudservers`, {
      server: { name: 'bulk', imageRef: 'img', flavorRef: 's6.small.1', vpcid: vpc.id, nics, root_volume: { volumetype: 'SSD' }, count: 500 },
    }).then((r) => {
      order.push('create');
      return r;
    });
    const read = call('GET', `/v1/${other}/vpcs`).then((r) => (order.push('other read'), r));
    const write = call('POST', `/v1/${other}/vpcs`, { vpc: { name: 'during', cidr: '10.2.0.0/16' } }).then((r) => (order.push('other write'), r));
    const [created, otherRead, otherWrite] = await Promise.all([create, read, write]);

    expect(created.status).toBe(200);
    expect(created.body.serverIds).toHaveLength(500);
    expect(otherRead.body.vpcs.map((v: { name: string }) => v.name)).toEqual(['other']);
    expect(otherWrite.status).toBe(200);
    // Neither of the other project's requests waited for the create to finish.
    expect(order).toEqual(['other read', 'other write', 'create']);
    // The create was all or nothing and complete: 6,000 NICs, every address once.
    const ports = await (await stores.storeOf(big)).read((tx) => tx.ofProject('ports', big));
    expect(ports).toHaveLength(6000);
    expect(new Set(ports.map((p) => p.ip)).size).toBe(6000);
  });

  it('reads of a project that never wrote see nothing, and a write makes its own space', async () => {
    const call = client(new ProjectStores());
    const p = crypto.randomUUID().replace(/-/g, '');
    const q = crypto.randomUUID().replace(/-/g, '');
    expect((await call('GET', `/v1/${p}/vpcs`)).body.vpcs).toEqual([]);
    await call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'mine', cidr: '10.0.0.0/16' } });
    expect((await call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['mine']);
    expect((await call('GET', `/v1/${q}/vpcs`)).body.vpcs).toEqual([]);
  });
});

describe('users on the Node server (one store per project)', () => {
  it("a user's token is refused with 403 in another project, not taken for the built-in administrator", async () => {
    const stores = new ProjectStores();
    const call = client(stores);
    const a = crypto.randomUUID().replace(/-/g, '');
    const b = crypto.randomUUID().replace(/-/g, '');
    await call('POST', `/v1/${b}/vpcs`, { vpc: { name: 'b', cidr: '10.0.0.0/16' } });
    const alice = (await call('POST', `/console/v1/${a}/users`, { user: { name: 'alice', role: 'Read-only' } })).body.user;
    const backend = createBackend({ storeOf: (project) => stores.storeOf(project), projects: () => stores.projects() });
    const r = await backend.handle({ method: 'POST', path: `/v1/${b}/vpcs`, query: new URLSearchParams(), headers: { 'x-auth-token': alice.token }, body: JSON.stringify({ vpc: { name: 'x', cidr: '10.1.0.0/16' } }) });
    expect(r.status).toBe(403);
    await stores.close();
  });
});
