import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../../contract';
import { createBackend } from '../handler';
import { MAX_IMPORT_BODY_BYTES, bodyLimitOf } from '../limits';
import { createNodeListener, type NodeRequestLike } from '../node-adapter';
import { makeHarness, newProjectId } from '../test-harness';

/** A node:http request as the adapter sees it: the body arrives in one chunk after a tick. */
function nodeRequest(method: string, url: string, body: string, declared = new TextEncoder().encode(body).length) {
  const listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  let read = false;
  const req = {
    method,
    url,
    headers: { 'content-length': String(declared), 'x-auth-token': 't' },
    on(event: string, listener: (arg?: unknown) => void) {
      (listeners[event] ??= []).push(listener);
      return req;
    },
    pause() {},
  };
  setTimeout(() => {
    read = Boolean(listeners.data?.length);
    for (const l of listeners.data ?? []) l(body);
    for (const l of listeners.end ?? []) l();
  }, 0);
  return { req: req as unknown as NodeRequestLike, wasRead: () => read };
}

async function send(listener: ReturnType<typeof createNodeListener>, method: string, url: string, body: string, declared?: number) {
  const out = { status: 0, body: '' };
  const { req, wasRead } = nodeRequest(method, url, body, declared);
  await listener(req, { writeHead: (status: number) => (out.status = status), write: () => true, on: () => undefined, end: (text?: string) => (out.body = text ?? '') });
  return { ...out, read: wasRead() };
}

describe('the import route body limit', () => {
  it('is 64 MiB for POST /console/v1/{p}/import only', () => {
    expect(bodyLimitOf('/console/v1/abc/import')).toBe(MAX_IMPORT_BODY_BYTES);
    expect(bodyLimitOf('/console/v1/abc/import/')).toBe(MAX_IMPORT_BODY_BYTES);
    for (const path of ['/console/v1/abc/export', '/v1/abc/vpcs', '/console/v1/abc/import/x', '/console/v1/import']) expect(bodyLimitOf(path)).toBe(1024 * 1024);
  });

  it('the Node adapter reads a 2 MiB project file on the import route, and refuses a larger declared body before reading it', async () => {
    const h = await makeHarness();
    const file = JSON.stringify((await h.call('GET', `/console/v1/${DEMO_PROJECT_ID}/export`)).body);
    const padded = file.replace('{', `{${' '.repeat(2 * 1024 * 1024)}`);
    const listener = createNodeListener(createBackend({ store: h.store }), { log: () => {} });
    const ok = await send(listener, 'POST', `/console/v1/${newProjectId()}/import`, padded);
    expect(ok.status, ok.body).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ids: 'renewed', imported: { servers: 6 } });
    const other = await send(listener, 'POST', `/v1/${newProjectId()}/vpcs`, padded);
    expect(other.status).toBe(413);
    const huge = await send(listener, 'POST', `/console/v1/${newProjectId()}/import`, '{}', MAX_IMPORT_BODY_BYTES + 1);
    expect(huge).toMatchObject({ status: 413, read: false });
    expect(JSON.parse(huge.body).message).toContain('(64 MiB)');
  });
});
