/**
 * `npm run api -- --console [dir]`: the built console served from the API's own origin, so a team runs one
 * server and opens it in their browsers. Static files of `dir` (default dist/) with their content types;
 * Vite's hashed `assets/` are cached for a year (immutable), everything else is revalidated (ETag);
 * navigations to any other path get index.html (the console's routes), with a marker that tells the
 * console its backend is this server (no in-browser worker); the worker's URL answers a worker that
 * removes itself (for browsers where an earlier in-browser console left one). API paths are not served here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { parseTarget } from '../src/backend/request-target';

/** Paths of the API (as the worker's API_PREFIXES): never files, never the SPA fallback. */
export const API_PREFIXES = ['/v1/', '/v1.1/', '/v2.0/', '/v3/', '/console/v1/'];

/** What index.html gets, first thing in <head>: read by src/api/connection.ts (`servedByApiServer`). */
export const SAME_ORIGIN_META = '<meta name="vip-console-backend" content="same-origin">';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * The worker served at the in-browser backend's URL (`/sw.js`): on install it takes over at once, then
 * deletes its caches, unregisters and reloads the pages it controlled, which load again from this server.
 */
export const SELF_REMOVING_WORKER = `// vip-console: this origin's backend is the API server (npm run api -- --console); no worker here.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    await self.clients.claim();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

export class ConsoleDirError extends Error {}

function etagOf(text: string | Buffer): string {
  return `"${createHash('sha1').update(text).digest('base64url').slice(0, 16)}"`;
}

/**
 * Checks `dir` (a built console: index.html inside) and answers the requester that serves it. The
 * requester returns false for what is not its to answer (API paths, methods other than GET and HEAD,
 * bad request targets): the API listener answers those.
 */
export function createConsoleFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new ConsoleDirError(`--console: ${root} holds no built console (no index.html): run npm run build first, or name the folder (--console <dir>).`);
  }
  const send = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) => {
    const etag = headers.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'cache-control': headers['cache-control'] ?? 'no-cache' });
      res.end();
      return;
    }
    res.writeHead(status, { 'x-content-type-options': 'nosniff', 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const index = (req: IncomingMessage, res: ServerResponse) => {
    const html = readFileSync(path.join(root, 'index.html'), 'utf8').replace(/<head([^>]*)>/i, (head) => `${head}\n    ${SAME_ORIGIN_META}`);
    send(req, res, 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache', etag: etagOf(html) }, html);
  };
  const serve = (req: IncomingMessage, res: ServerResponse): boolean => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return false;
    const target = parseTarget(req.url ?? '/');
    if (!target.ok) return false;
    const urlPath = target.path;
    if (API_PREFIXES.some((p) => urlPath.startsWith(p) || `${urlPath}/` === p)) return false;
    if (urlPath === '/sw.js') {
      send(req, res, 200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache', etag: etagOf(SELF_REMOVING_WORKER) }, SELF_REMOVING_WORKER);
      return true;
    }
    if (urlPath === '/' || urlPath === '/index.html') {
      index(req, res);
      return true;
    }
    const segments = urlPath.replace(/\/+$/, '').split('/').slice(1).map((s) => decodeURIComponent(s));
    const safe = segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\/\0]/.test(s) && !s.startsWith('.'));
    const file = safe ? path.join(root, ...segments) : null;
    if (file && file.startsWith(`${root}${path.sep}`) && existsSync(file) && statSync(file).isFile()) {
      const body = readFileSync(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const immutable = segments[0] === 'assets' && segments.length === 2;
      send(req, res, 200, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', etag: etagOf(body) }, body);
      return true;
    }
    // A path with a file extension is a missing file; anything else is one of the console's routes.
    const last = segments[segments.length - 1] ?? '';
    if (!safe || /\.[a-z0-9]+$/i.test(last)) {
      send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, `Not found: ${urlPath}\n`);
      return true;
    }
    index(req, res);
    return true;
  };
  return (req, res) => {
    try {
      return serve(req, res);
    } catch (error) {
      // The folder changed under the server (a rebuild, a permission): say so, and keep serving.
      const message = `The console's files in ${root} could not be read (${error instanceof Error ? error.message : String(error)}); rebuild with npm run build, or reload.\n`;
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' });
      res.end(message);
      return true;
    }
  };
}
