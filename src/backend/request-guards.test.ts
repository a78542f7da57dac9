/**
 * Guards the handler applies to every request, whichever adapter brought it (the service worker or
 * node:http): dot segments refused, bodies over 1 MiB refused with 413. The harness's `call` resolves
 * dot segments through `new URL`, so these requests are built by hand.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackend } from './handler';
import { MAX_BODY_BYTES } from './limits';
import { parseTarget } from './request-target';
import { openIdbStore } from './store';
import { newProjectId } from './test-harness';

async function backend() {
  return createBackend({ store: await openIdbStore({ idbFactory: new IDBFactory() }) });
}

const request = (method: string, path: string, body?: string) => ({ method, path, query: new URLSearchParams(), headers: { 'x-auth-token': 't' }, body });

describe('handler guards', () => {
  it.each(['%2e%2e', '%2E%2E', '.%2e', '..', '.'])('refuses the dot segment %s with 400 instead of resolving it', async (dot) => {
    const b = await backend();
    const p = newProjectId();
    const r = await b.handle(request('GET', `/v1/${p}/vpcs/${dot}/subnets`));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VPC.0002', message: expect.stringMatching(/dot segment/) });
    // A name that merely contains dots is a name.
    expect((await b.handle(request('GET', `/v1/${p}/vpcs/a..b`))).status).toBe(404);
  });

  it('answers 413 for a body over 1 MiB (counted in UTF-8 bytes), and reads one at the limit', async () => {
    const b = await backend();
    const p = newProjectId();
    const wrap = (name: string) => JSON.stringify({ vpc: { name, cidr: '10.0.0.0/16' } });
    const overhead = wrap('').length;
    const atLimit = await b.handle(request('POST', `/v1/${p}/vpcs`, wrap('a'.repeat(MAX_BODY_BYTES - overhead))));
    expect(atLimit.status).toBe(400); // the name is too long: the handler read it
    const over = await b.handle(request('POST', `/v1/${p}/vpcs`, wrap('a'.repeat(MAX_BODY_BYTES - overhead + 1))));
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ code: 'APIGW.0201', message: expect.stringMatching(/at most 1048576 bytes/) });
    // Fewer characters than the limit, more bytes: "é" is two bytes in UTF-8.
    const multiByte = await b.handle(request('POST', `/v1/${p}/vpcs`, wrap('é'.repeat(MAX_BODY_BYTES / 2))));
    expect(multiByte.status).toBe(413);
    const ecs = await b.handle(request('POST', `/v1/${p}/cloudservers`, 'x'.repeat(MAX_BODY_BYTES + 1)));
    expect(ecs).toMatchObject({ status: 413, body: { error: { code: 'Ecs.0413' } } });
  });
});

describe('parseTarget', () => {
  it('keeps the path as sent (still escaped) and parses the query', () => {
    const t = parseTarget('/v1/p/ports?fixed_ips=ip_address%3D10.0.0.1&fixed_ips=ip_address%3D10.0.0.2&name=a+b');
    expect(t).toMatchObject({ ok: true, path: '/v1/p/ports' });
    if (!t.ok) throw new Error('refused');
    expect(t.query.getAll('fixed_ips')).toEqual(['ip_address=10.0.0.1', 'ip_address=10.0.0.2']);
    expect(t.query.get('name')).toBe('a b');
    expect(parseTarget('/v1/%7Bproject_id%7D/vpcs/')).toMatchObject({ ok: true, path: '/v1/%7Bproject_id%7D/vpcs/' });
  });
});
