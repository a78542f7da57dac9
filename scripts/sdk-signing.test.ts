/**
 * The console's AK/SK signer (src/contract/sdk-signing.ts, run in the browser) against the backend's
 * verifier and against the official SDK's AKSKSigner for the same request at the same instant.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { formatSdkDate, signSdkRequest } from '../src/contract/sdk-signing';
import { makeHarness, newProjectId } from '../src/backend/test-harness';
import { startApiServer, type RunningApiServer } from './api-server';

const AK = 'CONSOLEAK0000001';
const SK = 'console-secret-key';
const BASE = 'http://backend.test';

/** The SDK's signature for a request (it writes X-Sdk-Date from the clock, pinned by the caller). */
function sdkSign(method: string, url: string, headers: Record<string, string>, body?: unknown): Record<string, string> {
  const u = new URL(url);
  const queryParams: Record<string, string | string[]> = {};
  for (const key of new Set(u.searchParams.keys())) {
    const values = u.searchParams.getAll(key);
    queryParams[key] = values.length > 1 ? values : values[0];
  }
  const signed = AKSKSigner.sign(
    { endpoint: `${u.origin}${u.pathname}`, method, headers: { ...headers }, queryParams, data: body } as never,
    { getAk: () => AK, getSk: () => SK } as never,
  ) as Record<string, string>;
  return Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

const lower = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

afterEach(() => vi.useRealTimers());

describe('signSdkRequest', () => {
  const p = newProjectId();
  const cases: { name: string; method: string; path: string; headers: Record<string, string>; body?: unknown }[] = [
    { name: 'a list with a query', method: 'GET', path: `/v1/${p}/vpcs?limit=3&marker=abc`, headers: { accept: 'application/json' } },
    {
      name: 'repeated and encoded query values',
      method: 'GET',
      path: `/v1/${p}/ports?fixed_ips=${encodeURIComponent('ip_address=192.168.0.11')}&fixed_ips=${encodeURIComponent('ip_address=192.168.0.1')}&name=a%20b`,
      headers: {},
    },
    { name: 'a JSON body', method: 'POST', path: `/v1/${p}/vpcs`, headers: { 'content-type': 'application/json' }, body: { vpc: { name: 'signed-vpc', cidr: '10.1.0.0/16' } } },
    { name: 'a write with If-Match', method: 'PUT', path: `/v1/${p}/vpcs/nope`, headers: { 'content-type': 'application/json', 'if-match': '"3"' }, body: { vpc: { name: 'x' } } },
  ];

  it.each(cases)('makes the same Authorization as the official SDK: $name', async ({ method, path, headers, body }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T08:15:42.123Z'));
    const url = `${BASE}${path}`;
    const sdk = sdkSign(method, url, headers, body);
    const ours = lower(await signSdkRequest({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) }, AK, SK));
    expect(ours['x-sdk-date']).toBe('20261203T081542Z');
    expect(ours['x-sdk-date']).toBe(sdk['x-sdk-date']);
    expect(ours.authorization).toBe(sdk.authorization);
  });

  it.each(cases)('passes the backend verifier, and a changed request does not: $name', async ({ method, path, headers, body }) => {
    const h = await makeHarness({ auth: { ak: AK, sk: SK } });
    const text = body === undefined ? undefined : JSON.stringify(body);
    const signed = await signSdkRequest({ method, url: `${BASE}${path}`, headers, body: text }, AK, SK);
    const sent = { ...lower(headers), ...lower(signed), host: 'backend.test' };
    const answer = await h.call(method, path, text, sent);
    expect(answer.status).not.toBe(401);
    const tampered = await h.call(method, `${path}${path.includes('?') ? '&' : '?'}extra=1`, text, sent);
    expect(tampered.status).toBe(401);
    const wrongKey = lower(await signSdkRequest({ method, url: `${BASE}${path}`, headers, body: text }, AK, 'another-secret'));
    expect((await h.call(method, path, text, { ...lower(headers), ...wrongKey, host: 'backend.test' })).status).toBe(401);
  });

  it('writes X-Sdk-Date as the SDK does', () => {
    expect(formatSdkDate(new Date('2026-01-02T03:04:05.999Z'))).toBe('20260102T030405Z');
  });
});

describe('over HTTP against npm run api --ak --sk', () => {
  let server: RunningApiServer;
  afterAll(() => server?.close());

  it('a request signed with fetch in mind (Host from the URL) is accepted', async () => {
    server = await startApiServer({ port: 0, log: () => {}, ak: AK, sk: SK });
    const p = newProjectId();
    const url = `${server.url}/v1/${p}/vpcs`;
    const body = JSON.stringify({ vpc: { name: 'over-http', cidr: '10.9.0.0/16' } });
    const headers = { 'Content-Type': 'application/json' };
    const created = await fetch(url, { method: 'POST', body, headers: { ...headers, ...(await signSdkRequest({ method: 'POST', url, headers, body }, AK, SK)) } });
    expect(created.status).toBe(200);
    const listUrl = `${url}?limit=5`;
    const list = await fetch(listUrl, { headers: await signSdkRequest({ method: 'GET', url: listUrl, headers: {} }, AK, SK) });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { vpcs: { name: string }[] }).vpcs.map((v) => v.name)).toContain('over-http');
  });
});
