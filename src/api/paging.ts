import { apiFetch, type QueryValue } from './client';

export type SortDir = 'asc' | 'desc';

/** What a list screen asks for: a page of `pageSize` after `marker`, searched and sorted on the backend. */
export interface PageQuery {
  pageSize: number;
  marker?: string;
  name?: string;
  sortKey?: 'name' | 'created_at' | 'ip_address';
  sortDir?: SortDir;
}

export interface Page<T> {
  items: T[];
  /** The marker of the next page, when there is one. */
  nextMarker?: string;
}

/**
 * Reads one v1 page: asks for one item more than the page size to know whether a next page exists;
 * the next page's marker is the id of the last item shown.
 */
export async function fetchV1Page<T extends { id: string }>(
  path: string,
  field: string,
  q: PageQuery,
  extra: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<Page<T>> {
  const body = await apiFetch<Record<string, T[]>>(path, {
    query: {
      ...extra,
      limit: q.pageSize + 1,
      marker: q.marker,
      name: q.name,
      sort_key: q.sortKey,
      sort_dir: q.sortKey ? q.sortDir : undefined,
    },
    signal,
  });
  const all = body[field] ?? [];
  const items = all.slice(0, q.pageSize);
  return { items, nextMarker: all.length > q.pageSize ? items[items.length - 1]?.id : undefined };
}

/** Reads every page of a v1 list (for selects and client-side joins). */
export async function fetchV1All<T extends { id: string }>(
  path: string,
  field: string,
  extra: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  for (let guard = 0; guard < 200; guard++) {
    const page = await fetchV1Page<T>(path, field, { pageSize: 1000, marker }, extra, signal);
    out.push(...page.items);
    if (!page.nextMarker) break;
    marker = page.nextMarker;
  }
  return out;
}
