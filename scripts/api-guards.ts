/**
 * What node:http does with requests that never reach the listener: parser errors (bad chunking, bad
 * headers, a header flood, an unknown method), CONNECT, and slow clients. Each gets a Huawei-shaped
 * answer where the socket still takes one, and the server goes on.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError, errorResponse } from '../src/backend/errors';
import { bodyLimitOf } from '../src/backend/limits';

/** Status for a parser error code of llhttp; anything else is a 400. */
const STATUS_BY_PARSER_ERROR: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADERS_TIMEOUT: 408,
};

const REASONS: Record<number, string> = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function describeParserError(code: string | undefined, status: number): string {
  if (status === 431) return 'The request headers are too large (at most 16 KiB in all); send fewer or shorter headers.';
  if (status === 408) return 'The request did not arrive in time; send the whole request promptly.';
  if (code === 'HPE_INVALID_METHOD') return 'Unknown HTTP method; use GET, POST, PUT, DELETE or OPTIONS.';
  if (code === 'HPE_INVALID_CHUNK_SIZE' || code === 'HPE_INVALID_EOF_STATE') return 'The chunked body is malformed; send valid chunked encoding or a Content-Length.';
  return `The request is not valid HTTP (${code ?? 'parse error'}); check the request line, headers and body framing.`;
}

/** Writes one complete HTTP/1.1 answer with a VPC-shaped error body and closes the socket. */
export function answerRaw(socket: Duplex, status: number, message: string, extraHeaders: Record<string, string> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const code = status === 405 ? 'Console.0405' : status === 400 ? 'VPC.0002' : `Console.0${status}`;
  const body = JSON.stringify(errorResponse(new ApiError(code, message, status), 'vpc', `req-${Date.now().toString(36)}-raw`).body);
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...extraHeaders };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\n${head}\r\n${body}`);
}

/**
 * `onRequest` is the server's request listener: a request that asks `Expect: 100-continue` gets its
 * "100 Continue" only when its declared body fits its path's limit (`bodyLimitOf`), so a client with a body
 * that is too large (curl asks before sending over 1 MB) receives the 413 instead of sending the body first.
 */
export function guardServer(server: Server, log: (line: string) => void, onRequest: (req: IncomingMessage, res: ServerResponse) => void): void {
  // Slow clients may not hold a connection open forever (defaults: 60 s for headers, 300 s in all).
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_PARSER_ERROR[error.code ?? ''] ?? 400;
    log(`${new Date().toISOString()} (unparsable request: ${error.code ?? error.message}) ${status}`);
    answerRaw(socket, status, describeParserError(error.code, status));
  });
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers['content-length']) > bodyLimitOf((req.url ?? '/').split('?')[0]))) res.writeContinue();
    onRequest(req, res);
  });
  // node:http hands CONNECT to 'connect' listeners and drops the socket when there are none.
  server.on('connect', (_req, socket: Duplex) => {
    log(`${new Date().toISOString()} CONNECT 405`);
    answerRaw(socket, 405, 'CONNECT is not served: this is an API server, not a proxy.', { allow: 'GET, POST, PUT, DELETE, OPTIONS' });
  });
}
