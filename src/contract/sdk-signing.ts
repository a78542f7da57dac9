/**
 * Huawei APIG's SDK-HMAC-SHA256 request signing, as the official SDK (`@huaweicloud/huaweicloud-sdk-core`,
 * `AKSKSigner`) signs. One module for both sides: the console signs with it in the browser and the backend
 * verifies with it (`src/backend/auth.ts`), so signer and verifier cannot drift. Web Crypto only, so it runs
 * in a page, in the service worker and in Node alike.
 *
 * Canonical request = lines of: method; canonical URI; canonical query; canonical headers (one
 * `name:value` line each, in SignedHeaders order, then an empty line); the SignedHeaders list; hex
 * SHA-256 of the body. Canonical URI: each `/`-separated segment of the path AS SENT percent-encoded
 * again (everything but `A-Z a-z 0-9 - _ . ~`), with a trailing `/`. Canonical query: keys sorted, each
 * key's values sorted, `key=value` pairs (both encoded the same way) joined by `&`.
 * String to sign = `SDK-HMAC-SHA256`, X-Sdk-Date and hex SHA-256 of the canonical request, one per line;
 * the signature is hex HMAC-SHA256 of it keyed with the secret key.
 */

const encoder = new TextEncoder();

/** The algorithm name, first word of the `Authorization` header and first line of the string to sign. */
export const SDK_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

/** Percent-encodes all but RFC 3986's unreserved characters, upper-case hex, UTF-8. */
export function signingEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path as sent, each segment encoded again, ending in `/`. */
export function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(signingEncode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** The decoded query: keys sorted, each key's values sorted, both encoded, `&`-joined. */
export function canonicalQuery(query: URLSearchParams): string {
  const pairs: string[] = [];
  for (const key of [...new Set(query.keys())].sort()) {
    for (const value of query.getAll(key).sort()) pairs.push(`${signingEncode(key)}=${signingEncode(value)}`);
  }
  return pairs.join('&');
}

/** What a signature covers. */
export interface SignedParts {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Lower-case names, as listed in SignedHeaders. */
  signedHeaders: string[];
  /** Hex SHA-256 of the body as sent (of "" without a body). */
  bodyHash: string;
}

export function canonicalRequest(parts: SignedParts): string {
  const headerLines = parts.signedHeaders.map((name) => `${name}:${parts.headers[name] ?? ''}\n`).join('');
  return [parts.method.toUpperCase(), canonicalUri(parts.path), canonicalQuery(parts.query), headerLines, parts.signedHeaders.join(';'), parts.bodyHash].join('\n');
}

/** The string the secret key signs: algorithm, X-Sdk-Date and the canonical request's hash. */
export async function stringToSign(sdkDate: string, canonical: string): Promise<string> {
  return [SDK_SIGNING_ALGORITHM, sdkDate, await sha256Hex(canonical)].join('\n');
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

export async function hmacSha256Hex(key: string, text: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
}

/** `X-Sdk-Date` of an instant: `20261202T142806Z` (UTC, whole seconds), as the SDK writes it. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A request to sign, as the client will send it. */
export interface RequestToSign {
  method: string;
  /** Absolute URL: its host is signed (the browser sends it as `Host`), its path and query too. */
  url: string;
  /** The headers that will be sent (any case); every one of them is signed. */
  headers: Record<string, string>;
  /** The body text as sent, if any. */
  body?: string;
}

/**
 * Signs a request with an AK/SK pair as the SDK does: signs `host`, `x-sdk-date` and every header given
 * (names lower-cased, sorted), and answers the headers to add: `X-Sdk-Date` and
 * `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b;c>, Signature=<hex>`.
 * `Host` itself is not returned: the browser (or node's fetch) sends it from the URL.
 */
export async function signSdkRequest(request: RequestToSign, ak: string, sk: string, now: Date = new Date()): Promise<Record<string, string>> {
  const url = new URL(request.url);
  const sdkDate = formatSdkDate(now);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers.host = url.host;
  headers['x-sdk-date'] = sdkDate;
  const signedHeaders = Object.keys(headers).sort();
  const canonical = canonicalRequest({
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    headers,
    signedHeaders,
    bodyHash: await sha256Hex(request.body ?? ''),
  });
  const signature = await hmacSha256Hex(sk, await stringToSign(sdkDate, canonical));
  return {
    'X-Sdk-Date': sdkDate,
    Authorization: `${SDK_SIGNING_ALGORITHM} Access=${ak}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
  };
}
