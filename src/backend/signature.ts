/**
 * Huawei APIG's SDK-HMAC-SHA256 request signing, as the official SDK signs (verifier side). WebCrypto
 * only, so it runs in Node and in the service worker alike.
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

/** Percent-encodes all but RFC 3986's unreserved characters, upper-case hex, UTF-8. */
export function signingEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(signingEncode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

export function canonicalQuery(query: URLSearchParams): string {
  const pairs: string[] = [];
  for (const key of [...new Set(query.keys())].sort()) {
    for (const value of query.getAll(key).sort()) pairs.push(`${signingEncode(key)}=${signingEncode(value)}`);
  }
  return pairs.join('&');
}

export interface SignedParts {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Lower-case names, as listed in SignedHeaders. */
  signedHeaders: string[];
  bodyHash: string;
}

export function canonicalRequest(parts: SignedParts): string {
  const headerLines = parts.signedHeaders.map((name) => `${name}:${parts.headers[name] ?? ''}\n`).join('');
  return [parts.method.toUpperCase(), canonicalUri(parts.path), canonicalQuery(parts.query), headerLines, parts.signedHeaders.join(';'), parts.bodyHash].join('\n');
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

/** `20261202T142806Z` -> ms since epoch, or null when it is not that form or not a real instant. */
export function parseSdkDate(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  const exact = back.getUTCMonth() === month - 1 && back.getUTCDate() === day && back.getUTCHours() === hour && back.getUTCMinutes() === minute && back.getUTCSeconds() === second;
  return exact ? ms : null;
}
