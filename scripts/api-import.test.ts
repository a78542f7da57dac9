/**
 * The import route's larger body limit through a started `npm run api` server: a project file over
 * 1 MiB is read (and `Expect: 100-continue` answered with 100), one over 64 MiB refused before reading.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../src/contract';
import { startApiServer, type RunningApiServer } from './api-server';

let server: RunningApiServer;
beforeAll(async () => {
  server = await startApiServer({ port: 0, log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

const project = () => crypto.randomUUID().replace(/-/g, '');
const headers = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };

/** Sends the request head and reads what the server answers before any body is sent. */
function headOnly(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += d.toString('latin1');
      if (text.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('error', reject);
    socket.write(head);
  });
}

describe('npm run api: import of a project file', () => {
  it('reads a file of 2 MiB on the import route (export, pad, import: 200) and still refuses 2 MiB elsewhere', async () => {
    const file = await (await fetch(`${server.url}/console/v1/${DEMO_PROJECT_ID}/export`, { headers })).text();
    const padded = file.replace('{', `{${' '.repeat(2 * 1024 * 1024)}`);
    const r = await fetch(`${server.url}/console/v1/${project()}/import`, { method: 'POST', headers, body: padded });
    expect(r.status).toBe(200);
    // Each project has its own store under Node: the file's ids are free there, and kept.
    expect(await r.json()).toMatchObject({ ids: 'kept', imported: { servers: 6, ha_groups: 1 } });
    expect((await fetch(`${server.url}/v1/${project()}/vpcs`, { method: 'POST', headers, body: padded })).status).toBe(413);
  });

  it('answers Expect: 100-continue with 100 for a file that fits, and 413 for a declared body over 64 MiB', async () => {
    const head = (bytes: number) =>
      `POST /console/v1/${project()}/import HTTP/1.1\r\nHost: x\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\nExpect: 100-continue\r\n\r\n`;
    expect(await headOnly(head(10 * 1024 * 1024))).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    const refused = await headOnly(head(64 * 1024 * 1024 + 1));
    expect(refused).toMatch(/^HTTP\/1\.1 413 /);
  });
});
