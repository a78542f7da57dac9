import { parseIpv4 } from '../domain';
import { badRequest } from './errors';

/** Huawei's v1 lists return at most 2000 items a page. */
export const MAX_LIST_LIMIT = 2000;

/**
 * The list parameters every v1 list takes: `limit` and `marker` (id of the last item seen) from Huawei,
 * and the console extensions `name` (case-insensitive substring), `sort_key` (name | created_at, and
 * ip_address where a list has one address per item: ports, in numeric order) and
 * `sort_dir` (asc | desc). Without `sort_key` a list is in id order, which is what makes `marker` cheap.
 */
export interface ListParams {
  limit: number;
  marker?: string;
  name?: string;
  sortKey?: 'name' | 'created_at' | 'ip_address';
  sortDir: 'asc' | 'desc';
}

export function intParam(query: URLSearchParams, key: string, min: number, max: number, fallback: number): number {
  const raw = query.get(key);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw badRequest(`${key} must be a whole number from ${min} to ${max}; got "${raw}".`, key);
  const n = Number(raw);
  if (n < min || n > max) throw badRequest(`${key} must be from ${min} to ${max}; got ${n}.`, key);
  return n;
}

export function parseListParams(query: URLSearchParams): ListParams {
  const limit = intParam(query, 'limit', 1, MAX_LIST_LIMIT, MAX_LIST_LIMIT);
  const marker = query.get('marker') || undefined;
  const name = query.get('name') ?? undefined;
  const sortKeyRaw = query.get('sort_key');
  if (sortKeyRaw && sortKeyRaw !== 'name' && sortKeyRaw !== 'created_at' && sortKeyRaw !== 'ip_address') {
    throw badRequest(`sort_key must be name, created_at or ip_address; got "${sortKeyRaw}".`, 'sort_key');
  }
  const sortDirRaw = query.get('sort_dir') ?? 'asc';
  if (sortDirRaw !== 'asc' && sortDirRaw !== 'desc') throw badRequest(`sort_dir must be asc or desc; got "${sortDirRaw}".`, 'sort_dir');
  return { limit, marker, name: name === '' ? undefined : name, sortKey: sortKeyRaw ? sortKeyRaw : undefined, sortDir: sortDirRaw } as ListParams;
}

/** True when a list needs nothing but the `by_project` index range: no filter, no sort. */
export function isPlainPage(params: ListParams, query: URLSearchParams, filterKeys: readonly string[]): boolean {
  return !params.name && !params.sortKey && params.sortDir === 'asc' && filterKeys.every((k) => !query.has(k));
}

export function nameMatches(name: string, needle: string | undefined): boolean {
  return !needle || name.toLowerCase().includes(needle.toLowerCase());
}

interface Pageable {
  id: string;
  name: string;
}

/**
 * Sorts (when asked), skips past the marker and cuts a page. `createdOf` gives the sort value for
 * `created_at`. Without a sort the input is put in id order, so a marker that is no longer in the list
 * (deleted meanwhile) still means "after this id".
 */
export function page<T extends Pageable>(items: T[], params: ListParams, createdOf: (item: T) => string, ipOf?: (item: T) => string): T[] {
  const dir = params.sortDir === 'desc' ? -1 : 1;
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let sorted: T[];
  if (params.sortKey === 'ip_address') {
    if (!ipOf) throw badRequest('sort_key ip_address: this list has no single address per item; use name or created_at.', 'sort_key');
    const num = (i: T) => parseIpv4(ipOf(i)) ?? -1;
    sorted = [...items].sort((a, b) => dir * (num(a) - num(b) || byId(a, b)));
  } else if (params.sortKey === 'name') sorted = [...items].sort((a, b) => dir * (a.name.localeCompare(b.name) || byId(a, b)));
  else if (params.sortKey === 'created_at') sorted = [...items].sort((a, b) => dir * (createdOf(a).localeCompare(createdOf(b)) || byId(a, b)));
  else sorted = [...items].sort((a, b) => dir * byId(a, b));
  let start = 0;
  if (params.marker) {
    const at = sorted.findIndex((i) => i.id === params.marker);
    if (at >= 0) start = at + 1;
    else if (!params.sortKey) {
      const marker = params.marker;
      start = sorted.findIndex((i) => (dir === 1 ? i.id > marker : i.id < marker));
      if (start < 0) start = sorted.length;
    } else throw badRequest(`marker: no item with id ${params.marker} in this list; start again without a marker.`, 'marker');
  }
  return sorted.slice(start, start + params.limit);
}
