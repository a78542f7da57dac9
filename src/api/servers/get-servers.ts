import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ServerList } from '../../contract';
import { apiFetch, v1 } from '../client';
import type { SortDir } from '../paging';
import { serverKeys } from './keys';

/** ECS paging: `page` is 1-based (the API's `offset`), `pageSize` its `limit`. */
export interface ServerPageQuery {
  page: number;
  pageSize: number;
  name?: string;
  status?: string;
  sortKey?: 'name' | 'created_at';
  sortDir?: SortDir;
}

export const fetchServers = (q: ServerPageQuery, signal?: AbortSignal) =>
  apiFetch<ServerList>(v1('/cloudservers/detail'), {
    query: {
      offset: q.page,
      limit: q.pageSize,
      name: q.name,
      status: q.status,
      sort_key: q.sortKey,
      sort_dir: q.sortKey ? q.sortDir : undefined,
    },
    signal,
  });

export const getServersQueryOptions = (q: ServerPageQuery) =>
  queryOptions({
    queryKey: serverKeys.list(q),
    queryFn: ({ signal }) => fetchServers(q, signal),
    placeholderData: keepPreviousData,
  });

export const useServers = (q: ServerPageQuery) => useQuery(getServersQueryOptions(q));
