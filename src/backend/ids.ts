/** Makes ids. Random everywhere, except the demo seed, which uses stable ids so demo URLs stay valid. */
export type IdSource = (hint: string) => string;

export const randomId: IdSource = () => crypto.randomUUID();

function fnv1a(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A UUID-shaped id that is always the same for the same hint (not random, not secret). */
export function stableId(hint: string): string {
  const hex = [0, 1, 2, 3].map((salt) => fnv1a(hint, salt * 0x9e3779b1).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const stableIds: IdSource = (hint) => stableId(hint);

/** An OpenStack-style MAC address: `fa:16:3e` and three random (or stable) bytes. */
export function macAddress(hint?: string): string {
  const bytes = new Uint8Array(3);
  if (hint === undefined) crypto.getRandomValues(bytes);
  else {
    const h = fnv1a(hint, 7);
    bytes[0] = h >>> 16;
    bytes[1] = h >>> 8;
    bytes[2] = h;
  }
  return `fa:16:3e:${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
}

let lastMs = 0;

/**
 * The current time as ISO 8601 with milliseconds, strictly increasing within this backend, so records
 * created in one burst still sort in creation order (the ECS list pages by creation time).
 */
export function nowIso(): string {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return new Date(lastMs).toISOString();
}
