let counter = 0;
const life = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');

/**
 * A new revision token for a record being written: its ETag. Tokens are never reused, not across records
 * and not across restarts of the worker or server (time, this process's random tag, a counter), so a
 * client holding an old ETag can never match a newer write by chance.
 */
export function nextRevision(): string {
  counter = (counter + 1) % 36 ** 4;
  return `${Date.now().toString(36)}-${life}-${counter.toString(36)}`;
}
