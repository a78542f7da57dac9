import type { ApiRequest, ApiResponse } from '../handler';
import { ApiError, backendCodes } from '../errors';
import type { Owned } from '../store';

/**
 * Optimistic concurrency, the console's extension to the Huawei API: every single resource answers
 * `ETag: "<revision>"`, and the revision changes with every write of that record. A PUT or DELETE that
 * sends `If-Match` with an ETag the record no longer has is refused with 412 and changes nothing; without
 * `If-Match` a write goes through as before (the official SDK sends none).
 */
export function etagOf(record: Pick<Owned, 'rev'>): string {
  return `"${record.rev ?? '0'}"`;
}

export function withEtag(response: ApiResponse, record: Pick<Owned, 'rev'>): ApiResponse {
  return { ...response, headers: { ...response.headers, etag: etagOf(record) } };
}

/** The entity tags of an `If-Match` header; `*` matches any current revision. Weak tags never match (RFC 9110 strong comparison). */
function ifMatchTags(header: string): string[] {
  return header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/**
 * Refuses the write with 412 when the request's `If-Match` does not name the record's current revision.
 * `what` names the resource for the message ("VIP vip-web (192.168.0.100)").
 */
export function checkIfMatch(req: ApiRequest, record: Pick<Owned, 'rev'>, what: string): void {
  const header = req.headers['if-match'];
  if (header === undefined) return;
  const tags = ifMatchTags(header);
  const current = etagOf(record);
  if (tags.includes('*') || tags.includes(current)) return;
  throw new ApiError(
    backendCodes.preconditionFailed,
    `${what} has changed since it was read (If-Match ${header}, now ${current}); read it again and decide on its current state.`,
    412,
  );
}
