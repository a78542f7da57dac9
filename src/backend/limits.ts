import { PROJECT_FILE_MAX_BYTES } from '../contract/project-file';
import { ApiError } from './errors';

/** The largest request body the API reads: 1 MiB. Larger bodies answer 413 and are not read further. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The import route alone (`POST /console/v1/{project_id}/import`) reads a whole project file: up to 64 MiB. */
export const MAX_IMPORT_BODY_BYTES = PROJECT_FILE_MAX_BYTES;
const IMPORT_PATH = /^\/console\/v1\/[^/]+\/import\/*$/;

/** The body limit of a request path (as sent, before routing). */
export function bodyLimitOf(path: string): number {
  return IMPORT_PATH.test(path) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

/** The console's choice, in the gateway's family like `APIGW.0101` (no such API): a body over the limit. */
export const BODY_TOO_LARGE_CODE = 'APIGW.0201';

export function bodyTooLarge(bytes?: number, limit = MAX_BODY_BYTES): ApiError {
  const mib = `${limit / (1024 * 1024)} MiB`;
  const size = bytes === undefined ? `more than ${mib}` : `${bytes} bytes`;
  return new ApiError(BODY_TOO_LARGE_CODE, `The request body is ${size}; send at most ${limit} bytes (${mib}).`, 413);
}

/** Whether `text` is over `limit` in UTF-8; encodes it only when its length alone does not tell. */
export function isOverBodyLimit(text: string, limit = MAX_BODY_BYTES): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}
