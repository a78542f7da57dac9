/**
 * Hostile requests over raw sockets (node:net) against a started `npm run api` server: bad targets,
 * dot segments, broken framing, bad bodies, floods. Each must get a 4xx with a Huawei-shaped body (or,
 * for an aborted body, nothing), and the server must still answer a normal GET after EACH of them.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PROJECT_ID } from '../src/contract';
import { startApiServer, type RunningApiServer } from './api-server';

let server: RunningApiServer;
const log: string[] = [];
const P = DEMO_PROJECT_ID;
const newProject = crypto.randomUUID().replace(/-/g, '');

beforeAll(async () => {
  server = await startApiServer({ port: 0, log: (line) => log.push(line) });
});
afterAll(async () => {
  await server?.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The whole answer, as received. */
  text: string;
}

/** The payload of a chunked body (chunk extensions and trailers are not expected from node:http). */
function dechunk(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = text.indexOf('\r\n', at);
    const size = parseInt(text.slice(at, eol), 16);
    if (!size) return out;
    out += text.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

/**
 * Sends `parts` (written one after another) on a fresh connection and reads until the server closes
 * it. `thenDestroy` drops the connection right after writing instead, and resolves with nothing.
 */
function raw(parts: (string | Buffer)[], options: { thenDestroy?: boolean } = {}): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (d) => received.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? undefined : reject(e)));
    socket.on('close', () => {
      if (options.thenDestroy) return resolve(null);
      const text = Buffer.concat(received).toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})[^\r\n]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const headers: Record<string, string> = {};
      for (const line of m[2].split('\r\n')) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(m[1]), headers, body: headers['transfer-encoding'] === 'chunked' ? dechunk(m[3]) : m[3], text });
    });
    socket.on('connect', async () => {
      for (const part of parts) {
        if (socket.destroyed) break;
        await new Promise<void>((done) => socket.write(part, () => done()));
      }
      if (options.thenDestroy) socket.destroy();
    });
  });
}

const request = (target: string, method = 'GET') => `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\nConnection: close\r\n\r\n`;

async function expectAlive() {
  const r = await fetch(`${server.url}/v1/${P}/vpcs`, { headers: { 'X-Auth-Token': 't' } });
  expect(r.status).toBe(200);
  expect((await r.json()).vpcs.length).toBeGreaterThan(0);
}

function expectVpcError(answer: RawAnswer | null, status: number, message?: RegExp) {
  expect(answer).not.toBeNull();
  expect(answer!.status).toBe(status);
  const body = JSON.parse(answer!.body);
  expect(body).toMatchObject({ code: expect.any(String), message: expect.any(String), error_code: body.code, error_msg: body.message });
  if (message) expect(body.message).toMatch(message);
}

describe('hostile requests to npm run api: the server answers 4xx and stays up', () => {
  it.each([
    ['//%', /starts with "\/\/"/],
    ['//[', /starts with "\/\/"/],
    ['//:99999', /starts with "\/\/"/],
    ['//a%zz', /starts with "\/\/"/],
    ['http://127.0.0.1/v1/x/vpcs', /send the path only/],
    ['http://[/', /send the path only/],
    ['*', /send the path only/],
    [`/v1/${P}/vpcs/%zz`, /two hex digits/],
    [`/v1/${P}/vpcs/%`, /two hex digits/],
    [`/v1/${P}/vpcs/%C0%AF`, /does not decode to UTF-8/],
    [`/v1/${P}/vpcs?name=%E0%A4`, /does not decode to UTF-8/],
    [`/v1//${P}/vpcs`, /empty segment/],
  ])('bad target %s: 400', async (target, message) => {
    expectVpcError(await raw([request(target)]), 400, message);
    await expectAlive();
  });

  it.each([
    `/v1/${P}/vpcs/%2e%2e/subnets`,
    `/v1/${P}/vpcs/%2E%2e/subnets`,
    `/v1/${P}/vpcs/.%2E/subnets`,
    `/v1/${P}/vpcs/../subnets`,
    `/v1/${P}/./vpcs`,
    `/v1/${P}/vpcs/%2e`,
  ])('dot segments are refused, never resolved: %s', async (target) => {
    expectVpcError(await raw([request(target)]), 400, /dot segment/);
    await expectAlive();
  });

  it('answers a bad target on an ECS path in the ECS error form', async () => {
    const answer = await raw([request(`/v1/${P}/cloudservers/%2e%2e/detail`)]);
    expect(answer!.status).toBe(400);
    expect(JSON.parse(answer!.body)).toEqual({ error: { code: 'Ecs.0005', message: expect.stringMatching(/dot segment/) } });
    await expectAlive();
  });

  it.each([
    ['an unknown method', `FOO /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\n\r\n`, 400],
    ['CONNECT', 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n', 405],
    ['a header name with a space', `GET /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n`, 400],
    ['a bare LF request line', `GET /v1/${P}/vpcs HTTP/1.1\nHost: x\n\n`, 400],
    ['a control character in the target', `GET /v1/\x01 HTTP/1.1\r\nHost: x\r\n\r\n`, 400],
    ['bad chunking', `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n`, 400],
    ['Content-Length and Transfer-Encoding together', `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, 400],
    ['two different Content-Lengths', `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd`, 400],
    ['a header flood', `GET /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3000 }, (_, i) => `X-Flood-${i}: ${'a'.repeat(10)}\r\n`).join('')}\r\n`, 431],
  ])('%s: answered through clientError', async (_what, text, status) => {
    expectVpcError(await raw([text]), status);
    await expectAlive();
  });

  it('answers methods the API does not route with 405 or 404, never 500', async () => {
    const patch = await raw([`PATCH /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`]);
    expectVpcError(patch, 405);
    expect(patch!.headers.allow).toMatch(/GET/);
    expect([404, 405]).toContain((await raw([request(`/v1/${P}/vpcs`, 'TRACE')]))!.status);
    expect((await raw([request(`/v1/${P}/vpcs`, 'HEAD')]))!.status).toBe(405);
    await expectAlive();
  });

  it('answers an Upgrade (websocket) request as a plain request, and a pipelined pair one after the other', async () => {
    const upgrade = await raw([`GET /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\n\r\n`]);
    expect(upgrade!.status).toBe(200);
    const keepAlive = `GET /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\n\r\n`;
    const pair = await raw([keepAlive + request(`/v1/${P}/vpcs/%2e%2e`)]);
    expect(pair!.status).toBe(200);
    expect(pair!.text).toMatch(/HTTP\/1\.1 400 /);
    await expectAlive();
  });

  it('refuses a body that is not valid UTF-8 with 400, and creates nothing', async () => {
    const body = Buffer.concat([Buffer.from('{"vpc": {"name": "bad'), Buffer.from([0xff, 0xfe]), Buffer.from('", "cidr": "10.0.0.0/16"}}')]);
    const head = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    expectVpcError(await raw([head, body]), 400, /not valid UTF-8/);
    const list = await (await fetch(`${server.url}/v1/${P}/vpcs`, { headers: { 'X-Auth-Token': 't' } })).json();
    expect(list.vpcs.map((v: { name: string }) => v.name)).not.toContain(expect.stringMatching(/^bad/));
    await expectAlive();
  });

  it('answers 413 for a declared Content-Length over 1 MiB without reading the body', async () => {
    const head = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`;
    const answer = await raw([head]);
    expectVpcError(answer, 413, /at most 1048576 bytes/);
    expect(answer!.headers.connection).toBe('close');
    await expectAlive();
  });

  it('answers Expect: 100-continue with 413 (not 100) for a body over 1 MiB, and with 100 for one that fits', async () => {
    const big = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n`;
    const refused = await raw([big]);
    expect(refused!.text).not.toMatch(/100 Continue/);
    expectVpcError(refused, 413);
    const body = JSON.stringify({ vpc: { name: 'continued', cidr: '10.30.0.0/16' } });
    const small = `POST /v1/${newProject}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`;
    const accepted = await raw([small, body]);
    expect(accepted!.text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    await expectAlive();
  });

  it('answers 413 for a chunked body that grows past 1 MiB, and stops reading it', async () => {
    const head = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = (n: number) => `${n.toString(16)}\r\n${'a'.repeat(n)}\r\n`;
    const answer = await raw([head, chunk(512 * 1024), chunk(512 * 1024), chunk(1024)]);
    expectVpcError(answer, 413);
    await expectAlive();
  });

  it('accepts a body of exactly 1 MiB (the limit is not off by one): it reaches the handler', async () => {
    const filler = 'x'.repeat(1024 * 1024 - 2);
    const body = `"${filler}"`;
    const head = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    // A JSON string is not a vpc body: the handler, not the size limit, refuses it.
    expectVpcError(await raw([head, body]), 400, /body: expected an object/);
    await expectAlive();
  });

  it('drops an aborted body quietly: nothing is created, nothing answered, the server goes on', async () => {
    const head = `POST /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`;
    expect(await raw([head, '{"vpc": {"name": "aborted-vpc"'], { thenDestroy: true })).toBeNull();
    await vi.waitFor(() => expect(log.some((l) => l.includes('POST /v1/') && l.includes('client went away'))).toBe(true));
    const list = await (await fetch(`${server.url}/v1/${P}/vpcs`, { headers: { 'X-Auth-Token': 't' } })).json();
    expect(list.vpcs.map((v: { name: string }) => v.name)).not.toContain('aborted-vpc');
    await expectAlive();
  });

  it('drops a connection closed in the middle of its headers', async () => {
    expect(await raw([`GET /v1/${P}/vpcs HTTP/1.1\r\nHost: x\r\nX-Au`], { thenDestroy: true })).toBeNull();
    await expectAlive();
  });

  it('never answered any of the above with a 5xx', () => {
    expect(log.filter((l) => / 5\d\d /.test(l))).toEqual([]);
  });
});
