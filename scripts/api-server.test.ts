import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../src/contract';
import { startApiServer, type RunningApiServer } from './api-server';

const dirs: string[] = [];
const servers: RunningApiServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => {});
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function start(dataFile?: string, log: string[] = []) {
  const s = await startApiServer({ port: 0, dataFile, log: (line) => log.push(line) });
  servers.push(s);
  return s;
}

const auth = { 'X-Auth-Token': 'token', 'Content-Type': 'application/json' };

describe('api server (node:http adapter)', () => {
  it('serves the API on 127.0.0.1 with CORS for the --cors origin, answers preflight, and logs one line per request', async () => {
    const log: string[] = [];
    const s = await startApiServer({ port: 0, log: (line) => log.push(line), corsOrigins: ['http://127.0.0.1:5173'] });
    servers.push(s);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/vpcs`, { headers: { ...auth, Origin: 'http://127.0.0.1:5173' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(r.headers.get('content-type')).toMatch(/json/);
    expect((await r.json()).vpcs[0].name).toBe('vpc-demo');
    const pre = await fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/ports/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-auth-token, content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/PUT/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/x-auth-token/);
    const denied = await fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/vpcs`);
    expect(denied.status).toBe(401);
    expect((await denied.json()).error_code).toBe('VPC.0008');
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/GET \/v1\/\w+\/vpcs 200 \d+ms$/);
    expect(log[2]).toMatch(/ 401 /);
  });

  it('answers 204 without a body, and 4xx for bad JSON', async () => {
    const s = await start();
    const p = crypto.randomUUID().replace(/-/g, '');
    const vpc = await (await fetch(`${s.url}/v1/${p}/vpcs`, { method: 'POST', headers: auth, body: JSON.stringify({ vpc: { name: 'a', cidr: '10.0.0.0/16' } }) })).json();
    const del = await fetch(`${s.url}/v1/${p}/vpcs/${vpc.vpc.id}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    const bad = await fetch(`${s.url}/v1/${p}/vpcs`, { method: 'POST', headers: auth, body: '{nope' });
    expect(bad.status).toBe(400);
  });

  it('persists to the --data SQLite file before answering, and loads it again at start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vip-api-'));
    dirs.push(dir);
    const file = path.join(dir, 'store.sqlite');
    const p = crypto.randomUUID().replace(/-/g, '');
    const first = await start(file);
    // Resources only: each write also keeps its operation-log entry and registers the project (meta).
    const saved = () =>
      first.data!.file
        .load()
        .filter((r) => !['operations', 'meta'].includes(r.store))
        .map((r) => `${r.store}:${(r.value as { name?: string }).name ?? r.key}`)
        .sort();
    const created = await fetch(`${first.url}/v1/${p}/vpcs`, { method: 'POST', headers: auth, body: JSON.stringify({ vpc: { name: 'kept', cidr: '10.1.0.0/16' } }) });
    expect(created.status).toBe(200);
    expect(saved()).toEqual(['vpcs:kept']);
    const refused = await fetch(`${first.url}/v1/${p}/vpcs`, { method: 'POST', headers: auth, body: JSON.stringify({ vpc: { name: 'bad name', cidr: '10.1.0.0/16' } }) });
    expect(refused.status).toBe(400);
    expect(saved()).toEqual(['vpcs:kept']);
    const log = first.data!.file.load().filter((r) => r.store === 'operations').map((r) => (r.value as { trace_name: string; code: string }).code);
    expect(log.sort()).toEqual(['200', '400']);
    await first.close();
    const second = await start(file);
    const list = await (await fetch(`${second.url}/v1/${p}/vpcs`, { headers: auth })).json();
    expect(list.vpcs.map((v: { name: string }) => v.name)).toEqual(['kept']);
    // A GET that seeds the demo project changed the store: that is saved too.
    await fetch(`${second.url}/v1/${DEMO_PROJECT_ID}/vpcs`, { headers: auth });
    const after = second.data!.file.load();
    expect(after.filter((r) => r.store === 'vpcs').map((r) => (r.value as { name: string }).name).sort()).toEqual(['kept', 'vpc-demo']);
    expect(after.find((r) => r.store === 'meta' && r.key === DEMO_PROJECT_ID)?.value).toEqual({ project_id: DEMO_PROJECT_ID, seeded: true });
  });
});
