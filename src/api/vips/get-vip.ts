import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { apiFetch, v1 } from '../client';
import { vipKeys } from './keys';

export const getVipQueryOptions = (id: string) =>
  queryOptions({
    queryKey: vipKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ port: Port }>(v1(`/ports/${id}`), { signal }).then((b) => b.port),
    enabled: id !== '',
  });

export const useVip = (id: string) => useQuery(getVipQueryOptions(id));
