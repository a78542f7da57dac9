import { ApiError } from './errors';

/** The largest request body the API reads: 1 MiB. Larger bodies answer 413 and are not read further. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The console's choice, in the gateway's family like `APIGW.0101` (no such API): a body over the limit. */
export const BODY_TOO_LARGE_CODE = 'APIGW.0201';

export function bodyTooLarge(bytes?: number): ApiError {
  const size = bytes === undefined ? 'more than 1 MiB' : `${bytes} bytes`;
  return new ApiError(BODY_TOO_LARGE_CODE, `The request body is ${size}; send at most ${MAX_BODY_BYTES} bytes (1 MiB).`, 413);
}

/** Whether `text` is over the limit in UTF-8; encodes it only when its length alone does not tell. */
export function isOverBodyLimit(text: string): boolean {
  if (text.length > MAX_BODY_BYTES) return true;
  if (text.length * 3 <= MAX_BODY_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_BODY_BYTES;
}
