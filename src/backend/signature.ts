/**
 * The verifier's side of SDK-HMAC-SHA256 signing. The canonical request and the hashes live in
 * `src/contract/sdk-signing.ts`, shared with the console's signer, so both build the same text.
 */
export { canonicalQuery, canonicalRequest, canonicalUri, hmacSha256Hex, sha256Hex, signingEncode, stringToSign } from '../contract/sdk-signing';
export type { SignedParts } from '../contract/sdk-signing';

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
