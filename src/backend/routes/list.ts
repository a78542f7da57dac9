import type { ProjectStoreName, Tx } from '../store';
import { afterMarkerRange } from '../store';
import { isPlainPage, nameMatches, page, parseListParams } from '../paging';

interface Listable {
  id: string;
  name: string;
  project_id: string;
}

/**
 * A v1 list over one store: with no filter and no sort it reads one page straight off the
 * `[project, id]` index after the marker; otherwise it loads the candidates (`load`, default: the
 * whole project), applies `filter` and the `name` substring, then sorts and pages in memory.
 */
export async function listRecords<T extends Listable>(
  tx: Tx,
  store: ProjectStoreName,
  project: string,
  query: URLSearchParams,
  options: {
    filterKeys: readonly string[];
    filter?: (item: T) => boolean;
    load?: () => Promise<T[]>;
    createdOf: (item: T) => string;
    /** The item's address, for `sort_key=ip_address` (lists without one refuse that sort). */
    ipOf?: (item: T) => string;
  },
): Promise<T[]> {
  const params = parseListParams(query);
  if (isPlainPage(params, query, options.filterKeys)) {
    return (await tx.all(store, 'by_project' as never, afterMarkerRange(project, params.marker), params.limit)) as unknown as T[];
  }
  const items = options.load ? await options.load() : ((await tx.ofProject(store, project)) as unknown as T[]);
  const kept = items.filter((i) => nameMatches(i.name, params.name) && (!options.filter || options.filter(i)));
  return page(kept, params, options.createdOf, options.ipOf);
}

/** `key` may repeat (OR); true when the query does not name `key` at all. */
export function anyOf(query: URLSearchParams, key: string, value: string): boolean {
  const wanted = query.getAll(key);
  return wanted.length === 0 || wanted.includes(value);
}
