import { describe, expect, it } from 'vitest';
import { testConnection } from './test-connection';

const remote = { kind: 'remote' as const, url: 'http://127.0.0.1:8870', auth: { token: 'T' } };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('testConnection', () => {
  it('is happy with a VPC list, and sends the credential', async () => {
    let sent: Headers | null = null;
    const result = await testConnection(remote, 'p1', (async (_url: string, init?: RequestInit) => {
      sent = new Headers(init?.headers);
      return json(200, { vpcs: [] });
    }) as typeof fetch);
    expect(result).toEqual({ ok: true, message: 'Connected: http://127.0.0.1:8870 answered the VPC list of project p1.' });
    expect(sent!.get('x-auth-token')).toBe('T');
  });

  it("gives a 401 with the server's message", async () => {
    const result = await testConnection(remote, 'p1', (async () => json(401, { code: 'VPC.0008', message: 'The X-Auth-Token is not valid for this server.' })) as typeof fetch);
    expect(result).toMatchObject({ ok: false, problem: 'auth' });
    expect(result.message).toContain('The X-Auth-Token is not valid for this server.');
  });

  it('tells CORS from unreachable: a plain request that gets through means the server is there', async () => {
    const cors = await testConnection(remote, 'p1', (async (_url: string, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(cors).toMatchObject({ ok: false, problem: 'cors' });
    expect(cors.message).toContain('npm run api -- --cors');
    const down = await testConnection(remote, 'p1', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(down).toMatchObject({ ok: false, problem: 'unreachable' });
  });

  it('a page that is not the API (HTML) says to give the base URL', async () => {
    const result = await testConnection(remote, 'p1', (async () => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } })) as typeof fetch);
    expect(result).toMatchObject({ ok: false, problem: 'not-api' });
  });
});
