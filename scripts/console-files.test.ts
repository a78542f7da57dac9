/** `npm run api -- --console [dir]`: the built console from the API's own origin. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiCommandLine, describeAccess } from './api-options';
import { startApiServer, type RunningApiServer } from './api-server';
import { SAME_ORIGIN_META } from './console-files';

let dir: string;
let server: RunningApiServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vip-console-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>VIP Console</title></head><body><div id="root"></div></body></html>');
  await writeFile(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'assets', 'index-AbC123.css'), 'body{}');
  await writeFile(path.join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(dir, 'manifest.webmanifest'), '{}');
  await writeFile(path.join(dir, 'sw.js'), '/* the in-browser backend */');
  await writeFile(path.join(dir, '.secret'), 'no');
  server = await startApiServer({ port: 0, log: () => {}, consoleDir: dir });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A GET with the request target sent as written (fetch would resolve dot segments first). */
function raw(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${server.url}${p}`, { headers });

describe('--console', () => {
  it('serves index.html with the same-origin marker, not cached, for / and every console route', async () => {
    for (const p of ['/', '/index.html', '/vips', '/vips/abc/', '/ha-groups/new?x=1']) {
      const r = await get(p, { accept: 'text/html' });
      expect(r.status, p).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.headers.get('cache-control')).toBe('no-cache');
      const html = await r.text();
      expect(html).toContain(`<head>\n    ${SAME_ORIGIN_META}`);
    }
  });

  it('serves files with their content types; hashed assets are immutable; an ETag revalidates', async () => {
    const js = await get('/assets/index-AbC123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('/assets/index-AbC123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await get('/icon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    const again = await get('/icon.svg', { 'if-none-match': icon.headers.get('etag')! });
    expect(again.status).toBe(304);
    const head = await fetch(`${server.url}/assets/index-AbC123.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('14');
  });

  it('answers the worker URL with a worker that removes itself, never the in-browser backend', async () => {
    const sw = await get('/sw.js');
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const text = await sw.text();
    expect(text).toContain('registration.unregister()');
    expect(text).not.toContain('the in-browser backend');
  });

  it('missing files are 404, hidden files and traversal are refused, API paths stay the API', async () => {
    expect((await get('/assets/nope-123.js')).status).toBe(404);
    expect((await get('/.secret')).status).toBe(404);
    for (const p of ['/assets/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd', '/assets/%5c..%5cindex.html', '/assets/%00.js']) {
      const r = await raw(p);
      expect([400, 404], p).toContain(r.status);
      expect(r.body).not.toContain('root:');
    }
    const api = await get('/v1/0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e/vpcs', { 'x-auth-token': 'x' });
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toContain('application/json');
    const unknown = await get('/v1/nothing-here', { 'x-auth-token': 'x' });
    expect(unknown.headers.get('content-type')).toContain('application/json');
    expect((await get('/console/v1/x')).headers.get('content-type')).toContain('application/json');
  });

  it('a folder without a built console stops the start, saying to build first', async () => {
    await expect(startApiServer({ port: 0, log: () => {}, consoleDir: path.join(dir, 'assets') })).rejects.toThrow(/run npm run build first/);
  });

  it('the command line: --console alone is dist, --console DIR and --console=DIR name a folder; the banner says so', () => {
    expect(parseApiCommandLine(['--console']).consoleDir).toBe('dist');
    expect(parseApiCommandLine(['--console', '--token', 'T'])).toMatchObject({ consoleDir: 'dist', token: 'T' });
    expect(parseApiCommandLine(['--console', 'build/out']).consoleDir).toBe('build/out');
    expect(parseApiCommandLine(['--console=out']).consoleDir).toBe('out');
    expect(parseApiCommandLine([]).consoleDir).toBeUndefined();
    expect(() => parseApiCommandLine(['--console', '--console'])).toThrow(/once/);
    expect(describeAccess({ corsOrigins: [], faults: false, consoleDir: 'dist' }).join('\n')).toMatch(/console in dist is served on this origin/);
  });
});
