/**
 * CORS for `npm run api`: only origins named with `--cors` get `Access-Control-Allow-Origin`; with none
 * named, no cross-origin page can read an answer (the API is still reachable by curl, the SDK, a proxy).
 * ETag and X-Request-Id are readable; If-Match and If-None-Match may be sent (the ETag extension).
 */
export interface CorsPolicy {
  /** Exact origins, e.g. `http://127.0.0.1:5173` (scheme, host and port; no path). */
  origins: readonly string[];
}

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = 'content-type, accept, x-auth-token, authorization, x-sdk-date, x-sdk-content-sha256, x-project-id, x-language, if-match, if-none-match, x-console-client';
const EXPOSE_HEADERS = 'etag, x-request-id';

export function isAllowedOrigin(origin: string | undefined, policy: CorsPolicy): origin is string {
  return origin !== undefined && policy.origins.includes(origin);
}

/** Headers for an answer to a request from `origin` (any method). `Vary: Origin` always: answers differ by origin. */
export function corsHeaders(origin: string | undefined, policy: CorsPolicy): Record<string, string> {
  if (!isAllowedOrigin(origin, policy)) return { vary: 'Origin' };
  return { vary: 'Origin', 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSE_HEADERS };
}

/** Headers for a preflight (OPTIONS) answer. */
export function preflightHeaders(origin: string | undefined, policy: CorsPolicy): Record<string, string> {
  const headers: Record<string, string> = { allow: ALLOW_METHODS, ...corsHeaders(origin, policy) };
  if (!isAllowedOrigin(origin, policy)) return headers;
  return {
    ...headers,
    'access-control-allow-methods': ALLOW_METHODS,
    'access-control-allow-headers': ALLOW_HEADERS,
    'access-control-max-age': '600',
  };
}
