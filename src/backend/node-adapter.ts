import { openChangesStream, type ChangesFeed } from './changes-stream';
import { corsHeaders, preflightHeaders, type CorsPolicy } from './cors';
import { ApiError, backendCodes, badRequest, errorResponse } from './errors';
import type { ApiResponse, Backend } from './handler';
import { bodyLimitOf, bodyTooLarge } from './limits';
import { parseTarget } from './request-target';
import { CHANGES_PATH } from './routes/changes';
import { errorStyleOf } from './router';

/**
 * node:http <-> ApiRequest. Typed structurally (no `node:` import) so this file also type-checks with
 * the browser's libs; `scripts/api-server.ts` passes real IncomingMessage / ServerResponse objects.
 */
export interface NodeRequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
}

export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: string): unknown;
  end(body?: string): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NodeAdapterOptions {
  /** One line per request; default console.log. */
  log?: (line: string) => void;
  /** Origins that may call from a browser page; default none. */
  cors?: CorsPolicy;
  /** Committed changes to stream on `GET /console/v1/{project_id}/changes`; without it that path answers JSON only. */
  changes?: ChangesFeed;
}

/** The client went away before its body arrived: there is nobody to answer. */
class ClientGone extends Error {}

/**
 * The body as UTF-8 text. Refuses (413) a declared Content-Length over `limit` (the path's, `bodyLimitOf`)
 * before reading, and stops reading (pauses) once more than the limit has arrived; invalid UTF-8 is a 400.
 */
function readBody(req: NodeRequestLike, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(bodyTooLarge(declared, limit));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    req.on('data', (chunk) => {
      if (settled) return;
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        req.pause();
        settle(() => reject(bodyTooLarge(undefined, limit)));
      } else chunks.push(bytes);
    });
    req.on('end', () =>
      settle(() => {
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        try {
          resolve(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(all));
        } catch {
          reject(badRequest('The request body is not valid UTF-8 text; send JSON encoded as UTF-8.'));
        }
      }),
    );
    req.on('error', () => settle(() => reject(new ClientGone())));
    req.on('close', () => settle(() => reject(new ClientGone())));
  });
}

function headersOf(req: NodeRequestLike): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

let adapterRequests = 0;

export function createNodeListener(backend: Backend, options: NodeAdapterOptions = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  const cors = options.cors ?? { origins: [] };
  return async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawTarget = req.url ?? '/';
    const target = parseTarget(rawTarget);
    const shownTarget = target.ok ? rawTarget : JSON.stringify(rawTarget.slice(0, 200));
    const headers = headersOf(req);
    const crossOrigin = corsHeaders(headers.origin, cors);
    let status = 500;
    /** Sends `response`; a body-less answer (204, HEAD) gets no content-type. */
    const send = (response: ApiResponse, extra: Record<string, string> = {}) => {
      status = response.status;
      const out: Record<string, string> = { ...crossOrigin, 'content-type': 'application/json', ...response.headers, ...extra };
      if (response.status === 204 || response.body === undefined) {
        delete out['content-type'];
        res.writeHead(response.status, out);
        res.end();
      } else {
        res.writeHead(response.status, out);
        res.end(JSON.stringify(response.body));
      }
    };
    const refuse = (error: ApiError, extra: Record<string, string> = {}) =>
      send(errorResponse(error, errorStyleOf(target.ok ? target.path : rawTarget.split('?')[0]), `req-${started.toString(36)}-a${(++adapterRequests).toString(36)}`), extra);
    try {
      if (!target.ok) {
        refuse(badRequest(target.problem), { connection: 'close' });
        return;
      }
      if (method === 'OPTIONS') {
        status = 204;
        res.writeHead(204, preflightHeaders(headers.origin, cors));
        res.end();
        return;
      }
      let body: string;
      try {
        body = await readBody(req, bodyLimitOf(target.path));
      } catch (error) {
        if (error instanceof ApiError) {
          // The rest of the body is not read: close the connection once answered.
          refuse(error, { connection: 'close' });
          return;
        }
        status = 0;
        return;
      }
      const response = await backend.handle({
        method,
        path: target.path,
        query: target.query,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
      });
      const streamOf = options.changes && method === 'GET' && response.status === 200 ? CHANGES_PATH.exec(target.path) : null;
      if (streamOf && options.changes) {
        status = 200;
        openChangesStream(res, options.changes, decodeURIComponent(streamOf[1]), { ...crossOrigin, ...response.headers });
        return;
      }
      send(response);
    } catch (error) {
      // handle() never throws; this is the adapter's own failure, a bug.
      log(`[api] ${method} ${shownTarget} adapter error: ${error instanceof Error ? error.message : String(error)}`);
      try {
        refuse(new ApiError(backendCodes.internal, 'The API server failed.', 500));
      } catch {
        // Headers were already sent.
      }
    } finally {
      const outcome = status === 0 ? 'client went away' : String(status);
      log(`${new Date().toISOString()} ${method} ${shownTarget} ${outcome} ${Date.now() - started}ms`);
    }
  };
}
