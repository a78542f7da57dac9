import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Server } from '../../contract';
import { apiFetch, v1 } from '../client';
import { serverKeys } from './keys';

export const getServerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: serverKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ server: Server }>(v1(`/cloudservers/${id}`), { signal }).then((b) => b.server),
    enabled: id !== '',
  });

export const useServer = (id: string) => useQuery(getServerQueryOptions(id));

/** Several servers by id (e.g. the holders of a VIP's pairs); each answer is cached on its own. */
export const useServersById = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => ({ ...getServerQueryOptions(id), retry: false })) });
