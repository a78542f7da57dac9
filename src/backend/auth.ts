import { codes } from '../domain';
import { ApiError } from './errors';
import type { ApiRequest } from './handler';
import { canonicalRequest, hmacSha256Hex, parseSdkDate, sha256Hex, stringToSign } from './signature';

/**
 * What a backend demands of a caller. Without a token and without an AK/SK pair it is open (local use):
 * any non-empty token and any well-formed signature pass, as there is nothing to check them against.
 */
export interface AuthPolicy {
  /** `--token T`: an `X-Auth-Token` must equal T. */
  token?: string;
  /** `--ak AK --sk SK`: an AK/SK request must name AK and carry a valid SDK-HMAC-SHA256 signature made with SK. */
  ak?: string;
  sk?: string;
  /** Clock for the X-Sdk-Date window (ms since epoch); tests may pin it. */
  now?: () => number;
}

/** How far X-Sdk-Date may be from the server's clock, either way (Huawei APIG's window). */
export const SDK_DATE_WINDOW_MS = 15 * 60 * 1000;

const AKSK = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*),\s*Signature=([0-9a-f]{64})$/i;

/** The access key an AK/SK `Authorization` header names, when the header has the SDK's form. */
export function accessKeyOf(authorization: string | undefined): string | undefined {
  return AKSK.exec(authorization?.trim() ?? '')?.[1];
}

function refused(message: string): ApiError {
  return new ApiError(codes.invalidToken, message, 401);
}

/** Compares two strings in time that depends on their length only, not on where they differ. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function isOpen(policy: AuthPolicy | undefined): boolean {
  return !policy?.token && !(policy?.ak && policy?.sk);
}

/**
 * Accepts a request that carries `X-Auth-Token` or an AK/SK `Authorization` header of the official SDK's
 * form `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b;c>, Signature=<64 hex>` plus `X-Sdk-Date`.
 * Open policy: any non-empty token, any well-formed signature. With `token`, the token must match; with
 * `ak`/`sk`, the signature is recomputed over the canonical request (see `signature.ts`) and X-Sdk-Date
 * must lie within 15 minutes of the server's clock. A kind of credential the policy does not configure is
 * refused. Anything else: 401 VPC.0008 (ECS paths: the ECS error form).
 */
export async function checkAuth(req: ApiRequest, policy?: AuthPolicy): Promise<void> {
  const { headers } = req;
  const open = isOpen(policy);
  const token = headers['x-auth-token'];
  if (token && token.trim()) {
    if (open || (policy?.token && sameText(token, policy.token))) return;
    if (!policy?.token) throw refused('This server does not take X-Auth-Token; sign the request with its AK/SK.');
    throw refused('The X-Auth-Token is not valid for this server.');
  }
  const authorization = headers['authorization'];
  if (!authorization) throw refused('Authenticate: send an X-Auth-Token header or sign the request with an AK/SK.');
  const m = AKSK.exec(authorization.trim());
  if (!m) {
    throw refused('The Authorization header is not an SDK-HMAC-SHA256 signature (expected "SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...").');
  }
  const [, access, signedHeaderList, signature] = m;
  const signed = signedHeaderList.toLowerCase().split(';');
  if (!signed.includes('x-sdk-date') || !headers['x-sdk-date']) throw refused('An AK/SK signed request must sign and send the X-Sdk-Date header.');
  if (open) return;
  if (!policy?.ak || !policy.sk) throw refused('This server does not take AK/SK signatures; send its X-Auth-Token.');
  if (!sameText(access, policy.ak)) throw refused(`The access key "${access}" is not known to this server.`);
  const signedAt = parseSdkDate(headers['x-sdk-date']);
  if (signedAt === null) throw refused(`X-Sdk-Date "${headers['x-sdk-date']}" is not of the form YYYYMMDDTHHMMSSZ (UTC).`);
  const now = policy.now?.() ?? Date.now();
  if (Math.abs(now - signedAt) > SDK_DATE_WINDOW_MS) {
    throw refused(`X-Sdk-Date ${headers['x-sdk-date']} is more than 15 minutes from the server's clock (${new Date(now).toISOString()}); check the client's clock.`);
  }
  const missing = signed.find((name) => headers[name] === undefined);
  if (missing) throw refused(`The signed header "${missing}" is not in the request.`);
  const bodyHash = await sha256Hex(req.body ?? '');
  const declared = headers['x-sdk-content-sha256'];
  if (declared !== undefined && declared !== bodyHash) throw refused('The body does not match its X-Sdk-Content-Sha256 header.');
  const canonical = canonicalRequest({ method: req.method, path: req.path, query: req.query, headers, signedHeaders: signed, bodyHash });
  const expected = await hmacSha256Hex(policy.sk, await stringToSign(headers['x-sdk-date'], canonical));
  if (!sameText(signature.toLowerCase(), expected)) {
    throw refused('The AK/SK signature does not match the request: check the secret key, and that nothing changed the request after it was signed.');
  }
}
