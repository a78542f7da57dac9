import type { ServerPageQuery } from '../../api/servers/get-servers';
import type { ServerList as ServerPage } from '../../contract';

/**
 * What is known before the answer to `q` comes: when the previous answer held every match of a search
 * that the new one narrows (page 1 of the same sort, all its matches on it), the new answer is exactly its
 * rows that still match, shown at once; otherwise the previous rows stay until the answer comes.
 */
export function knownAnswer(q: ServerPageQuery) {
  return (previous: ServerPage | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): ServerPage | undefined => {
    const before = previousQuery?.queryKey[3] as ServerPageQuery | undefined;
    if (!previous || !before || !q.name) return previous;
    const narrows = before.page === 1 && q.page === 1 && previous.count <= before.pageSize && before.pageSize <= q.pageSize;
    const sameSort = before.sortKey === q.sortKey && before.sortDir === q.sortDir && before.status === q.status;
    const needle = q.name.toLowerCase();
    if (!narrows || !sameSort || !needle.includes((before.name ?? '').toLowerCase())) return previous;
    const servers = previous.servers.filter((s) => s.name.toLowerCase().includes(needle));
    return { count: servers.length, servers };
  };
}
