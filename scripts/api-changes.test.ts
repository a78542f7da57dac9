/**
 * The changes stream of `npm run api`: GET /console/v1/{project_id}/changes as text/event-stream, fed by
 * the stores' committed writes, authenticated like any request; and the console's reader of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followRemoteChanges, type RemoteChangesState } from '../src/api/changes-stream';
import type { LiveChangeMessage } from '../src/contract/live-changes';
import { newProjectId } from '../src/backend/test-harness';
import { startApiServer, type RunningApiServer } from './api-server';

let open: RunningApiServer;
let guarded: RunningApiServer;
beforeAll(async () => {
  open = await startApiServer({ port: 0, log: () => {} });
  guarded = await startApiServer({ port: 0, log: () => {}, token: 'T', corsOrigins: ['http://127.0.0.1:4375'] });
});
afterAll(async () => {
  await open?.close();
  await guarded?.close();
});

/** Reads events from a stream until `count` `change` events came (or the time is up). */
async function readChanges(response: Response, count: number, ms = 5000): Promise<LiveChangeMessage[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const found: LiveChangeMessage[] = [];
  let text = '';
  const deadline = Date.now() + ms;
  while (found.length < count && Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!next || next.done) break;
    text += decoder.decode(next.value, { stream: true });
    const blocks = text.split('\n\n');
    text = blocks.pop()!;
    for (const b of blocks) {
      const data = b.split('\n').find((l) => l.startsWith('data: '));
      if (b.includes('event: change') && data) found.push(JSON.parse(data.slice(6)) as LiveChangeMessage);
    }
  }
  await reader.cancel().catch(() => {});
  return found;
}

const H = { 'x-auth-token': 'x', 'content-type': 'application/json' };

describe('GET /console/v1/{project_id}/changes', () => {
  it('streams each committed write of its project, and nothing of another project', async () => {
    const p = newProjectId();
    const other = newProjectId();
    const stream = await fetch(`${open.url}/console/v1/${p}/changes`, { headers: { 'x-auth-token': 'x', accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('cache-control')).toBe('no-store');
    await fetch(`${open.url}/v1/${other}/vpcs`, { method: 'POST', headers: H, body: JSON.stringify({ vpc: { name: 'elsewhere', cidr: '10.2.0.0/16' } }) });
    const created = await fetch(`${open.url}/v1/${p}/vpcs`, { method: 'POST', headers: H, body: JSON.stringify({ vpc: { name: 'streamed', cidr: '10.1.0.0/16' } }) });
    const id = ((await created.json()) as { vpc: { id: string } }).vpc.id;
    const [message] = await readChanges(stream, 1);
    // The VPC and its operation-log entry commit together.
    expect(message.project).toBe(p);
    expect(message.changes.filter((c) => c.store !== 'operations')).toEqual([{ store: 'vpcs', key: id }]);
    expect(message.changes.map((c) => c.store)).toContain('operations');
    // The client went away: its subscription is dropped.
    await expect.poll(() => open.changes.listeners).toBe(0);
  });

  it('streams the writes of a server that keeps a --data file too, once saved', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vip-changes-data-'));
    const durable = await startApiServer({ port: 0, log: () => {}, dataFile: path.join(dir, 'team.sqlite') });
    try {
      const p = newProjectId();
      const stream = await fetch(`${durable.url}/console/v1/${p}/changes`, { headers: { 'x-auth-token': 'x' } });
      const created = await fetch(`${durable.url}/v1/${p}/vpcs`, { method: 'POST', headers: H, body: JSON.stringify({ vpc: { name: 'kept', cidr: '10.4.0.0/16' } }) });
      expect(created.status).toBe(200);
      const [message] = await readChanges(stream, 1);
      expect(message.project).toBe(p);
      expect(message.changes[0].store).toBe('vpcs');
    } finally {
      await durable.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is authenticated like any request, carries CORS headers for a named origin, and refuses bad project ids', async () => {
    const p = newProjectId();
    const refused = await fetch(`${guarded.url}/console/v1/${p}/changes`, { headers: { 'x-auth-token': 'wrong' } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('VPC.0008');
    const bad = await fetch(`${guarded.url}/console/v1/not%20a%20project/changes`, { headers: { 'x-auth-token': 'T' } });
    expect(bad.status).toBe(400);
    const ok = await fetch(`${guarded.url}/console/v1/${p}/changes`, { headers: { 'x-auth-token': 'T', origin: 'http://127.0.0.1:4375' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4375');
    await ok.body!.cancel();
    const post = await fetch(`${guarded.url}/console/v1/${p}/changes`, { method: 'POST', headers: { 'x-auth-token': 'T' } });
    expect(post.status).toBe(405);
  });

  it('the console reader follows it: a change arrives as a message; a stopped server means polling, then a catch-up once back', async () => {
    const p = newProjectId();
    const server = await startApiServer({ port: 0, log: () => {} });
    const port = server.port;
    const messages: LiveChangeMessage[] = [];
    const states: RemoteChangesState[] = [];
    let refreshes = 0;
    let current = server;
    const stop = followRemoteChanges({
      connect: (signal) => fetch(`http://127.0.0.1:${port}/console/v1/${p}/changes`, { headers: { 'x-auth-token': 'x' }, signal }),
      onMessage: (m) => messages.push(m),
      refresh: () => refreshes++,
      onState: (s) => states.push(s),
      pollMs: 100,
      retryMs: 50,
      maxRetryMs: 200,
    });
    try {
      await expect.poll(() => states.at(-1)).toBe('live');
      // Once as it opens: what the tab read before may have changed before the stream began.
      expect(refreshes).toBe(1);
      await fetch(`${server.url}/v1/${p}/vpcs`, { method: 'POST', headers: H, body: JSON.stringify({ vpc: { name: 'heard', cidr: '10.3.0.0/16' } }) });
      await expect.poll(() => messages.length).toBe(1);
      expect(refreshes).toBe(1);
      await server.close();
      await expect.poll(() => states.at(-1)).toBe('polling');
      await expect.poll(() => refreshes, { timeout: 3000 }).toBeGreaterThan(1);
      current = await startApiServer({ port, log: () => {} });
      const whileDown = refreshes;
      await expect.poll(() => states.at(-1), { timeout: 5000 }).toBe('live');
      // Polling stopped; one catch-up refresh as the stream came back.
      const before = refreshes;
      expect(before).toBeGreaterThan(whileDown);
      await new Promise((r) => setTimeout(r, 300));
      expect(refreshes).toBe(before);
    } finally {
      stop();
      await current.close().catch(() => {});
    }
  });

  it('the console reader polls a backend that has no stream (404), without retrying the stream', async () => {
    let connects = 0;
    let refreshes = 0;
    const states: RemoteChangesState[] = [];
    const stop = followRemoteChanges({
      connect: async () => {
        connects++;
        return new Response('{"code":"APIGW.0101"}', { status: 404, headers: { 'content-type': 'application/json' } });
      },
      onMessage: () => {},
      refresh: () => refreshes++,
      onState: (s) => states.push(s),
      pollMs: 50,
    });
    await expect.poll(() => refreshes).toBeGreaterThan(2);
    stop();
    expect(connects).toBe(1);
    expect(states).toEqual(['connecting', 'polling']);
  });
});
