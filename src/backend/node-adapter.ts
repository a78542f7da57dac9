import type { Backend } from './handler';

/**
 * node:http <-> ApiRequest. Typed structurally (no `node:` import) so this file also type-checks with
 * the browser's libs; `scripts/api-server.ts` passes real IncomingMessage / ServerResponse objects.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

export interface NodeAdapterOptions {
  /**
   * Awaited after every request the backend handled, before the answer is sent, e.g. to save the store
   * when the request changed it (a GET may too: the demo project seeds itself on first use).
   */
  afterHandle?: () => void | Promise<void>;
  /** One line per request; default console.log. */
  log?: (line: string) => void;
}

/** Lets a page served from another origin (e.g. `vite` on another port) call the API server. */
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, x-auth-token, authorization, x-sdk-date, x-project-id, x-language, user-agent, if-match',
  'access-control-expose-headers': 'x-request-id, etag',
  'access-control-max-age': '600',
};

async function readBody(req: NodeRequestLike): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of req) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

export function createNodeListener(backend: Backend, options: NodeAdapterOptions = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  return async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 500;
    try {
      if (method === 'OPTIONS') {
        status = 204;
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const response = await backend.handle({ method, path: url.pathname, query: url.searchParams, headers, body });
      status = response.status;
      // Persist before answering, so a client that saw 2xx knows the change is on disk.
      if (options.afterHandle) {
        try {
          await options.afterHandle();
        } catch (error) {
          log(`[api] could not save the store after ${method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const out: Record<string, string> = { ...CORS_HEADERS, 'content-type': 'application/json', ...response.headers };
      if (response.status === 204 || response.body === undefined) {
        delete out['content-type'];
        res.writeHead(response.status, out);
        res.end();
      } else {
        res.writeHead(response.status, out);
        res.end(JSON.stringify(response.body));
      }
    } catch (error) {
      // handle() never throws; this is the adapter's own failure (e.g. the client went away).
      log(`[api] ${method} ${url.pathname} adapter error: ${error instanceof Error ? error.message : String(error)}`);
      try {
        res.writeHead(500, { ...CORS_HEADERS, 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'Console.0500', message: 'The API server failed.', error_code: 'Console.0500', error_msg: 'The API server failed.' }));
      } catch {
        // Headers were already sent.
      }
    } finally {
      log(`${new Date().toISOString()} ${method} ${url.pathname}${url.search} ${status} ${Date.now() - started}ms`);
    }
  };
}
