import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Server, ServerList } from '../../contract';
import { apiFetch, v1 } from '../client';
import { serverKeys } from './keys';

/**
 * Ids per list request: 250 UUIDs (the servers of a full /24 subnet) make a query of about 10 KB, under the
 * 16 KiB of headers `npm run api` accepts; more are read in further requests, side by side.
 */
const IDS_PER_REQUEST = 250;

/** The servers with these ids, in ECS list requests (`server_id=a,b,...`) instead of one request per server. */
export async function fetchServersById(ids: readonly string[], signal?: AbortSignal): Promise<Server[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
  const pages = await Promise.all(
    chunks.map((chunk) => apiFetch<ServerList>(v1('/cloudservers/detail'), { query: { server_id: chunk.join(','), offset: 1, limit: chunk.length }, signal })),
  );
  return pages.flatMap((p) => p.servers);
}

export const getServersByIdQueryOptions = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: serverKeys.list({ ids: sorted }),
    queryFn: ({ signal }) => fetchServersById(sorted, signal),
    enabled: sorted.length > 0,
  });
};

/** Several servers by id as one list (e.g. the servers with a NIC in a subnet); servers not found are left out. */
export const useServersByIdList = (ids: readonly string[]) => useQuery(getServersByIdQueryOptions(ids));
