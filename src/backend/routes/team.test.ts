/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID, OPERATION_RETENTION } from '../../contract';
import { actionOf } from '../operation-log';
import { routesFor } from '.';
import { demoProject, makeHarness, newProjectId } from '../test-harness';

const as = (token: string) => ({ 'x-auth-token': token });

describe('projects (IAM /v3/projects)', () => {
  it('lists the demo project first, creates a project with a Huawei-shaped id and name, renames it, refuses a taken name', async () => {
    const h = await makeHarness();
    const first = await h.call('GET', '/v3/projects');
    expect(first.status).toBe(200);
    expect(first.body.projects[0]).toMatchObject({ id: DEMO_PROJECT_ID, name: 'cn-north-4_demo', region: 'cn-north-4', display_name: 'demo' });

    const created = await h.call('POST', '/v3/projects', { project: { name: 'team-a', region: 'cn-east-3', description: 'Team A' } });
    expect(created.status).toBe(201);
    expect(created.body.project.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.body.project).toMatchObject({ name: 'cn-east-3_team-a', region: 'cn-east-3', display_name: 'team-a', enabled: true });
    const id = created.body.project.id;

    const taken = await h.call('POST', '/v3/projects', { project: { name: 'team-a', region: 'cn-east-3' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error_msg).toMatch(/cn-east-3_team-a already exists/);
    const badName = await h.call('POST', '/v3/projects', { project: { name: 'team a', region: 'cn-east-3' } });
    expect(badName.status).toBe(400);
    expect(badName.body.error_msg).toMatch(/project\.name/);
    const badRegion = await h.call('POST', '/v3/projects', { project: { name: 'x', region: 'mars-1' } });
    expect(badRegion.status).toBe(400);

    const renamed = await h.call('PATCH', `/v3/projects/${id}`, { project: { name: 'team-b' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.project.name).toBe('cn-east-3_team-b');
    const listed = (await h.call('GET', '/v3/projects')).body.projects.map((p: any) => p.name);
    expect(listed).toEqual(['cn-north-4_demo', 'cn-east-3_team-b']);
    // A new project starts empty; the demo project keeps its data.
    expect((await h.call('GET', `/v1/${id}/vpcs`)).body.vpcs).toEqual([]);
    expect((await h.call('GET', `/v1/${DEMO_PROJECT_ID}/vpcs`)).body.vpcs).toHaveLength(1);
    // Its log says who created and renamed it.
    const log = (await h.call('GET', `/console/v1/${id}/operations`)).body.traces;
    expect(log.map((t: any) => t.trace_name)).toEqual(['updateProject', 'createProject']);
  });

  it('lists a project used only by its id once it has been written to', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16' } });
    const names = (await h.call('GET', '/v3/projects')).body.projects.map((x: any) => x.id);
    expect(names).toContain(p);
  });
});

describe('users and roles', () => {
  it('a read-only user reads everything, and every write answers 403 naming the permission, logged with its user', async () => {
    const h = await makeHarness();
    const d = await demoProject(h);
    const created = await h.call('POST', `/console/v1/${d.p}/users`, { user: { name: 'ro-alice', role: 'Read-only' } });
    expect(created.status).toBe(201);
    const alice = created.body.user;
    expect(alice.token).toMatch(/^vipc-/);
    expect(alice.access_key).toMatch(/^[A-Z0-9]{20}$/);
    expect(alice.secret_key).toHaveLength(40);

    expect((await h.call('GET', `/v1/${d.p}/ports`, undefined, as(alice.token))).status).toBe(200);
    const refused = await h.call('PUT', `/v1/${d.p}/ports/${d.vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } }, as(alice.token));
    expect(refused.status).toBe(403);
    expect(refused.body.error_msg).toMatch(/Policy doesn't allow vpc:ports:update to be performed: user ro-alice has the Read-only role/);
    const ecs = await h.call('POST', `/v1/${d.p}/cloudservers/action`, { 'os-stop': { servers: [{ id: d.servers['ecs-web-01'].id }] } }, as(alice.token));
    expect(ecs.status).toBe(403);
    expect(ecs.body.error).toMatchObject({ code: 'Ecs.0403' });
    expect(ecs.body.error.message).toMatch(/ecs:cloudServers:action/);
    // Nothing changed.
    expect((await h.call('GET', `/v1/${d.p}/ports/${d.vip.id}`)).body.port.allowed_address_pairs).toEqual([]);
    // Read-only callers do not see secrets.
    const seen = (await h.call('GET', `/console/v1/${d.p}/users`, undefined, as(alice.token))).body.users;
    expect(seen.find((u: any) => u.name === 'ro-alice')).toMatchObject({ token: null, secret_key: null });
    expect((await h.call('GET', `/console/v1/${d.p}/users/me`, undefined, as(alice.token))).body.user).toMatchObject({ name: 'ro-alice', role: 'Read-only' });

    const log = (await h.call('GET', `/console/v1/${d.p}/operations?user=ro-alice`)).body.traces;
    expect(log.map((t: any) => [t.trace_name, t.code, t.trace_rating, t.error_code])).toEqual([
      ['stopServers', '403', 'warning', 'Ecs.0403'],
      ['updatePort', '403', 'warning', 'Console.0403'],
    ]);
  });

  it("a user's token works in its own project only; with authentication on, an unknown token answers 401", async () => {
    const h = await makeHarness({ auth: { token: 'server-secret' } });
    const admin = as('server-secret');
    const a = newProjectId();
    const b = newProjectId();
    const bob = (await h.call('POST', `/console/v1/${a}/users`, { user: { name: 'bob', role: 'Administrator' } }, admin)).body.user;
    expect((await h.call('POST', `/v1/${a}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16' } }, as(bob.token))).status).toBe(200);
    const other = await h.call('GET', `/v1/${b}/vpcs`, undefined, as(bob.token));
    expect(other.status).toBe(403);
    expect(other.body.error_msg).toMatch(/belongs to project/);
    expect((await h.call('GET', `/v1/${a}/vpcs`, undefined, as('nobody'))).status).toBe(401);
    // Projects above: bob sees his own only and may not create one.
    expect((await h.call('GET', '/v3/projects', undefined, as(bob.token))).body.projects.map((p: any) => p.id)).toEqual([a]);
    expect((await h.call('POST', '/v3/projects', { project: { name: 'x', region: 'cn-north-4' } }, as(bob.token))).status).toBe(403);
    // Deleted: its token no longer works.
    expect((await h.call('DELETE', `/console/v1/${a}/users/${bob.id}`, undefined, admin)).status).toBe(204);
    expect((await h.call('GET', `/v1/${a}/vpcs`, undefined, as(bob.token))).status).toBe(401);
  });

  it('refuses a second user of the same name, a bad role, and changing the built-in administrator', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    expect((await h.call('POST', `/console/v1/${p}/users`, { user: { name: 'carol', role: 'Administrator' } })).status).toBe(201);
    expect((await h.call('POST', `/console/v1/${p}/users`, { user: { name: 'carol', role: 'Read-only' } })).status).toBe(409);
    expect((await h.call('POST', `/console/v1/${p}/users`, { user: { name: 'dave', role: 'Owner' } })).status).toBe(400);
    expect((await h.call('DELETE', `/console/v1/${p}/users/admin`)).status).toBe(400);
    const users = (await h.call('GET', `/console/v1/${p}/users`)).body.users;
    expect(users.map((u: any) => u.name)).toEqual(['admin', 'carol']);
  });
});

describe('operation log', () => {
  it('names every write route', () => {
    const unnamed = routesFor({ faults: true })
      .filter((r) => r.method !== 'GET')
      .filter((r) => !actionOf(r.method, r.pattern))
      .map((r) => `${r.method} ${r.pattern}`);
    expect(unnamed).toEqual([]);
  });

  it('records each write with its user, resource, result and bodies, newest first, with filters and marker paging', async () => {
    const h = await makeHarness();
    const d = await demoProject(h);
    const bind = await h.call('PUT', `/v1/${d.p}/ports/${d.vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } }, { ...as('x'), 'user-agent': 'curl/8.5.0' });
    expect(bind.status).toBe(200);
    const bad = await h.call('POST', `/v1/${d.p}/vpcs`, { vpc: { name: 'v', cidr: 'nonsense' } });
    expect(bad.status).toBe(400);

    const all = (await h.call('GET', `/console/v1/${d.p}/operations`)).body;
    const [badEntry, bindEntry] = all.traces;
    expect(badEntry).toMatchObject({ trace_name: 'createVpc', code: '400', trace_rating: 'warning', error_code: 'VPC.0002', resource_type: 'vpc', user: { name: 'admin' } });
    expect(bindEntry).toMatchObject({ trace_name: 'updatePort', code: '200', trace_rating: 'normal', resource_type: 'vip', resource_id: d.vip.id, resource_name: 'vip-web', client: 'curl' });
    expect(JSON.parse(bindEntry.request)).toEqual({ port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } });
    expect(JSON.parse(bindEntry.response).port.id).toBe(d.vip.id);

    const byResource = (await h.call('GET', `/console/v1/${d.p}/operations?resource_id=${d.vip.id}`)).body.traces;
    expect(byResource.map((t: any) => t.trace_name)).toEqual(['updatePort']);
    expect((await h.call('GET', `/console/v1/${d.p}/operations?trace_rating=warning`)).body.traces).toHaveLength(1);
    expect((await h.call('GET', `/console/v1/${d.p}/operations?from=${bindEntry.time + 100_000}`)).body.traces).toHaveLength(0);
    expect((await h.call('GET', `/console/v1/${d.p}/operations?trace_rating=bad`)).status).toBe(400);

    const page1 = (await h.call('GET', `/console/v1/${d.p}/operations?limit=1`)).body;
    expect(page1.traces).toHaveLength(1);
    expect(page1.meta_data.marker).toBe(page1.traces[0].trace_id);
    const page2 = (await h.call('GET', `/console/v1/${d.p}/operations?limit=1&marker=${page1.meta_data.marker}`)).body;
    expect(page2.traces[0].trace_id).toBe(bindEntry.trace_id);
    const one = await h.call('GET', `/console/v1/${d.p}/operations/${bindEntry.trace_id}`);
    expect(one.body.trace.trace_id).toBe(bindEntry.trace_id);
  });

  it('caps bodies and keeps the newest entries only', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const long = 'x'.repeat(200);
    await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16', description: long.repeat(60) } });
    const entry = (await h.call('GET', `/console/v1/${p}/operations`)).body.traces[0];
    expect(entry.request_truncated).toBe(true);
    expect(entry.request.length).toBe(8192);

    // Fill the log past its bound directly, then one more write prunes it.
    await h.store.write(async (tx) => {
      const base = entry.time - 1_000_000;
      const records = Array.from({ length: OPERATION_RETENTION + 30 }, (_, i) => {
        const id = (base + i).toString(16).padStart(12, '0') + '0000aaaaaaaa';
        return { ...entry, id, trace_id: id, project_id: p, time: base + i };
      });
      await tx.putMany('operations', records);
    });
    for (let i = 0; i < 50; i++) await h.call('DELETE', `/v1/${p}/vpcs/nonexistent-${i}`);
    const count = await h.store.read((tx) => tx.count('operations', 'by_project', IDBKeyRange.bound([p, ''], [p, []])));
    expect(count).toBeLessThanOrEqual(OPERATION_RETENTION);
    expect(count).toBeGreaterThan(OPERATION_RETENTION - 60);
  });

  it('logs the demo project too, and a write refused for a stale ETag', async () => {
    const h = await makeHarness();
    const r = await h.call('PUT', `/v1/${DEMO_PROJECT_ID}/vpcs/nope`, { vpc: { name: 'x' } });
    expect(r.status).toBe(404);
    const log = (await h.call('GET', `/console/v1/${DEMO_PROJECT_ID}/operations`)).body.traces;
    expect(log[0]).toMatchObject({ trace_name: 'updateVpc', code: '404', resource_id: 'nope' });
  });
});

describe('operation log secrets', () => {
  it('never keeps a token or a secret key, in the request or the answer', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const made = await h.call('POST', `/console/v1/${p}/users`, { user: { name: 'eve', role: 'Administrator' } });
    const entry = (await h.call('GET', `/console/v1/${p}/operations`)).body.traces[0];
    expect(entry.response).not.toContain(made.body.user.token);
    expect(entry.response).not.toContain(made.body.user.secret_key);
    expect(JSON.parse(entry.response).user).toMatchObject({ name: 'eve', access_key: made.body.user.access_key, token: '(not kept in the log)', secret_key: '(not kept in the log)' });
  });
});

describe('a new project from a project file', () => {
  it('creates the project and its contents in one write, or nothing at all', async () => {
    const h = await makeHarness();
    const d = await demoProject(h);
    const file = (await h.call('GET', `/console/v1/${d.p}/export`)).body;
    const made = await h.call('POST', '/console/v1/projects/import?name=copy&region=cn-east-3', file);
    expect(made.status).toBe(201);
    expect(made.body.project).toMatchObject({ name: 'cn-east-3_copy', region: 'cn-east-3' });
    expect(made.body.imported.servers).toBe(6);
    const id = made.body.project.id;
    expect((await h.call('GET', `/v1/${id}/cloudservers/detail`)).body.count).toBe(6);
    expect((await h.call('GET', `/console/v1/${id}/operations`)).body.traces[0]).toMatchObject({ trace_name: 'createProjectFromFile', code: '201' });

    const before = (await h.call('GET', '/v3/projects')).body.projects.length;
    const broken = JSON.parse(JSON.stringify(file));
    broken.ports[0].network_id = 'nowhere';
    const refused = await h.call('POST', '/console/v1/projects/import?name=broken&region=cn-east-3', broken);
    expect(refused.status).toBe(400);
    expect(refused.body.error_msg).toMatch(/ports\[0\]\.network_id/);
    expect((await h.call('GET', '/v3/projects')).body.projects.length).toBe(before);
    expect((await h.call('POST', '/console/v1/projects/import?name=copy&region=cn-east-3', file)).status).toBe(409);
    expect((await h.call('POST', '/console/v1/projects/import?name=bad%20name&region=cn-east-3', file)).status).toBe(400);
  });
});

describe('after review', () => {
  it('a rename of a project that does not exist creates nothing and lists nothing new; a bad id is a 400', async () => {
    const h = await makeHarness();
    const d = await demoProject(h);
    const ro = (await h.call('POST', `/console/v1/${d.p}/users`, { user: { name: 'ro', role: 'Read-only' } })).body.user;
    const before = (await h.call('GET', '/v3/projects')).body.projects.length;
    expect((await h.call('PATCH', '/v3/projects/a%2Fb', { project: { name: 'x' } }, as(ro.token))).status).toBe(403);
    expect((await h.call('PATCH', '/v3/projects/a%2Fb', { project: { name: 'x' } })).status).toBe(400);
    expect((await h.call('PATCH', `/v3/projects/${newProjectId()}`, { project: { name: 'x' } })).status).toBe(404);
    expect((await h.call('GET', '/v3/projects')).body.projects.length).toBe(before);
    // The refused attempt is in the log of the user's own project.
    expect((await h.call('GET', `/console/v1/${d.p}/operations?user=ro`)).body.traces[0]).toMatchObject({ trace_name: 'updateProject', code: '403' });
  });

  it('a refused write to a project never used does not list it', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    expect((await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'bad name', cidr: '10.0.0.0/16' } })).status).toBe(400);
    expect((await h.call('GET', '/v3/projects')).body.projects.map((x: any) => x.id)).not.toContain(p);
  });

  it('a marker below the time range answers an empty page, not a 500', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16' } });
    const r = await h.call('GET', `/console/v1/${p}/operations?from=${Date.now() - 1000}&marker=0`);
    expect(r.status).toBe(200);
    expect(r.body.traces).toEqual([]);
  });

  it("names a VIP's release, a refused bind and a server batch on their resource", async () => {
    const h = await makeHarness();
    const d = await demoProject(h);
    const stop = await h.call('POST', `/v1/${d.p}/cloudservers/action`, { 'os-stop': { servers: [{ id: d.servers['ecs-web-04'].id }] } });
    expect(stop.status).toBeLessThan(300);
    expect((await h.call('PUT', `/v1/${d.p}/ports/${d.vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '10.9.9.9' }] } })).status).toBe(400);
    expect((await h.call('DELETE', `/v1/${d.p}/ports/${d.vip.id}`)).status).toBe(204);
    const onVip = (await h.call('GET', `/console/v1/${d.p}/operations?resource_type=vip&resource_id=${d.vip.id}`)).body.traces;
    expect(onVip.map((t: any) => [t.trace_name, t.code, t.resource_name])).toEqual([
      ['deletePort', '204', 'vip-web'],
      ['updatePort', '400', 'vip-web'],
    ]);
    const onServer = (await h.call('GET', `/console/v1/${d.p}/operations?resource_id=${d.servers['ecs-web-04'].id}`)).body.traces;
    expect(onServer.map((t: any) => t.trace_name)).toEqual(['stopServers']);
  });
});
