/** CORS of `npm run api`: only the origins given with --cors, and none by default. */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../src/contract';
import { startApiServer, type RunningApiServer } from './api-server';

const servers: RunningApiServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function start(corsOrigins?: string[]) {
  const s = await startApiServer({ port: 0, log: () => {}, corsOrigins });
  servers.push(s);
  return s;
}

const vpcs = (s: RunningApiServer, origin: string) => fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/vpcs`, { headers: { 'X-Auth-Token': 't', Origin: origin } });
const preflight = (s: RunningApiServer, origin: string) =>
  fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/ports/x`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-auth-token, content-type, if-match' },
  });

describe('CORS', () => {
  it('sends no Access-Control-Allow-Origin at all without --cors, on answers and preflights', async () => {
    const s = await start();
    const r = await vpcs(s, 'http://127.0.0.1:5173');
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(s, 'http://127.0.0.1:5173');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('answers only the listed origins, exposes ETag and X-Request-Id, and allows If-Match / If-None-Match', async () => {
    const s = await start(['http://127.0.0.1:5173', 'https://console.example']);
    for (const origin of ['http://127.0.0.1:5173', 'https://console.example']) {
      const r = await vpcs(s, origin);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('vary')).toMatch(/Origin/);
      expect(r.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(expect.arrayContaining(['etag', 'x-request-id']));
      const pre = await preflight(s, origin);
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
      expect(pre.headers.get('access-control-allow-methods')).toMatch(/PUT/);
      expect(pre.headers.get('access-control-allow-headers')?.split(/,\s*/)).toEqual(expect.arrayContaining(['if-match', 'if-none-match', 'x-auth-token', 'authorization', 'x-sdk-date']));
    }
    for (const origin of ['http://evil.example', 'http://127.0.0.1:5174', 'null']) {
      expect((await vpcs(s, origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(s, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
    // Errors carry the header too, so a listed page can read why it was refused.
    const denied = await fetch(`${s.url}/v1/${DEMO_PROJECT_ID}/vpcs`, { headers: { Origin: 'https://console.example' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('https://console.example');
  });
});
