import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicIp } from '../../contract';
import { apiFetch, v1 } from '../client';
import { eipKeys } from './keys';

export const getEipQueryOptions = (id: string) =>
  queryOptions({
    queryKey: eipKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ publicip: PublicIp }>(v1(`/publicips/${id}`), { signal }).then((b) => b.publicip),
    enabled: id !== '',
  });

export const useEip = (id: string) => useQuery(getEipQueryOptions(id));
