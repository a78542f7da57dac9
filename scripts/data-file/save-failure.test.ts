import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../api-server';

const dirs: string[] = [];
const servers: RunningApiServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => {});
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const auth = { 'X-Auth-Token': 'token', 'Content-Type': 'application/json' };

async function call(s: RunningApiServer, method: string, url: string, body?: unknown) {
  const r = await fetch(`${s.url}${url}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

describe('--data: a save that fails is never acknowledged', () => {
  it('answers 5xx "not saved", refuses writes with 503 while reads work, and saves everything once the disk has room again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vip-full-'));
    dirs.push(dir);
    const file = path.join(dir, 'store.sqlite');
    const log: string[] = [];
    const s = await startApiServer({ port: 0, dataFile: file, log: (line) => log.push(line) });
    servers.push(s);
    const p = crypto.randomUUID().replace(/-/g, '');
    const vpc = await call(s, 'POST', `/v1/${p}/vpcs`, { vpc: { name: 'before', cidr: '10.2.0.0/16' } });
    expect(vpc.status).toBe(200);
    const subnet = await call(s, 'POST', `/v1/${p}/subnets`, { subnet: { name: 'sn', cidr: '10.2.0.0/24', gateway_ip: '10.2.0.1', vpc_id: vpc.body.vpc.id } });
    expect(subnet.status).toBe(200);

    // A full disk: the file may not grow by one more page.
    const db = s.data!.file.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = {
      server: { name: 'big', imageRef: 'img', flavorRef: 's6.small.1', vpcid: vpc.body.vpc.id, nics: [{ subnet_id: subnet.body.subnet.id }], root_volume: { volumetype: 'SSD' }, count: 40 },
    };
    const failed = await call(s, 'POST', `/v1/${p}/cloudservers`, big);
    expect(failed.status).toBe(500);
    expect(failed.body.error.message).toMatch(/NOT saved to .*store\.sqlite \(database or disk is full\)/);
    expect(s.data!.failing).toBe(true);
    expect(log.filter((l) => l.startsWith('[data]'))).toEqual([expect.stringMatching(/could not save to .*database or disk is full.*Writes are refused \(503\).*reads still work/)]);

    const refused = await call(s, 'POST', `/v1/${p}/vpcs`, { vpc: { name: 'refused', cidr: '10.3.0.0/16' } });
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('Console.NotWritable');
    expect(refused.body.error_msg).toMatch(/refuses every change until it can; reads still work/);
    const read = await call(s, 'GET', `/v1/${p}/vpcs`);
    expect(read.status).toBe(200);
    expect(read.body.vpcs.map((v: { name: string }) => v.name)).toEqual(['before']);

    // Room again: the next write first saves what was kept, then itself.
    db.pragma('max_page_count = 1073741823');
    const after = await call(s, 'POST', `/v1/${p}/vpcs`, { vpc: { name: 'after', cidr: '10.4.0.0/16' } });
    expect(after.status).toBe(200);
    expect(s.data!.failing).toBe(false);
    expect(log.filter((l) => l.startsWith('[data]'))[1]).toMatch(/saved 1 pending write to .*; writes are accepted again/);

    await s.close();
    const again = await startApiServer({ port: 0, dataFile: file, log: () => {} });
    servers.push(again);
    const vpcs = await call(again, 'GET', `/v1/${p}/vpcs`);
    expect(vpcs.body.vpcs.map((v: { name: string }) => v.name).sort()).toEqual(['after', 'before']);
    const listed = await call(again, 'GET', `/v1/${p}/cloudservers/detail?limit=100`);
    expect(listed.body.count).toBe(40);
  });
});
