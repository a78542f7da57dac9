/**
 * The request target (`req.url` of node:http) checked before anything routes it. Only origin-form
 * (`/path?query`) is served: absolute-form (`http://host/path`), authority-form and `*` are refused, as
 * are a path that starts with `//` or holds an empty segment, a `%` not followed by two hex digits, an
 * escape that does not decode to UTF-8, a fragment, and dot segments. Dot segments (`.`, `..`, and their
 * encoded forms `%2e`, `%2E%2e`, ...) are refused rather than resolved: `/vpcs/%2e%2e/subnets` must not
 * quietly become `/subnets`.
 */

export type ParsedTarget = { ok: true; path: string; query: URLSearchParams } | { ok: false; problem: string };

const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The first segment of `path` that is a dot segment once decoded, or null. */
export function dotSegmentOf(path: string): string | null {
  for (const segment of path.split('/')) {
    const plain = segment.replace(/%2e/gi, '.');
    if (plain === '.' || plain === '..') return segment;
  }
  return null;
}

export function dotSegmentProblem(path: string): string | null {
  const dot = dotSegmentOf(path);
  return dot === null ? null : `The path holds the dot segment "${dot}"; name the resource directly (dot segments are not resolved).`;
}

function show(raw: string): string {
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}...` : raw;
  return JSON.stringify(shown);
}

export function parseTarget(raw: string): ParsedTarget {
  const refuse = (problem: string): ParsedTarget => ({ ok: false, problem: `Bad request target ${show(raw)}: ${problem}` });
  if (!raw.startsWith('/')) return refuse('send the path only, starting with "/" (e.g. /v1/{project_id}/vpcs); absolute URLs and "*" are not served.');
  if (raw.includes('#')) return refuse('a request target cannot hold a fragment ("#").');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? '' : raw.slice(q + 1);
  if (path.startsWith('//')) return refuse('the path starts with "//"; start it with a single "/".');
  if (/\/\/./.test(path)) return refuse('the path has an empty segment ("//").');
  if (BAD_ESCAPE.test(raw)) return refuse('every "%" must be followed by two hex digits (write "%25" for "%").');
  if (!path.split('/').every(decodes)) return refuse('a %-escape in the path does not decode to UTF-8 text.');
  if (!query.split('&').every((part) => decodes(part.replace(/\+/g, ' ')))) return refuse('a %-escape in the query does not decode to UTF-8 text.');
  const dot = dotSegmentProblem(path);
  if (dot) return { ok: false, problem: dot };
  return { ok: true, path, query: new URLSearchParams(query) };
}
