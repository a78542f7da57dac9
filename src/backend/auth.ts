import { codes } from '../domain';
import { ApiError } from './errors';

const AKSK = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*),\s*Signature=([0-9a-f]{64})$/i;

/**
 * Accepts a request that carries either `X-Auth-Token` (any non-empty value: there is no IAM here to ask)
 * or an AK/SK `Authorization` header of the official SDK's form
 * `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b;c>, Signature=<64 hex>` plus `X-Sdk-Date`.
 * Only the FORM of the signature is checked: the backend holds no secret key to recompute it with, so any
 * AK/SK pair is accepted. Anything else is refused with 401 VPC.0008 (ECS paths: the ECS error form).
 */
export function checkAuth(headers: Record<string, string>): void {
  const token = headers['x-auth-token'];
  if (token && token.trim()) return;
  const authorization = headers['authorization'];
  if (authorization) {
    const m = AKSK.exec(authorization.trim());
    if (!m) {
      throw new ApiError(
        codes.invalidToken,
        'The Authorization header is not an SDK-HMAC-SHA256 signature (expected "SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...").',
        401,
      );
    }
    if (!m[2].split(';').includes('x-sdk-date') || !headers['x-sdk-date']) {
      throw new ApiError(codes.invalidToken, 'An AK/SK signed request must sign and send the X-Sdk-Date header.', 401);
    }
    return;
  }
  throw new ApiError(codes.invalidToken, 'Authenticate: send an X-Auth-Token header or sign the request with an AK/SK.', 401);
}
