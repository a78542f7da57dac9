import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Vpc } from '../../contract';
import { apiFetch, v1 } from '../client';
import { vpcKeys } from './keys';

export const getVpcQueryOptions = (id: string) =>
  queryOptions({
    queryKey: vpcKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ vpc: Vpc }>(v1(`/vpcs/${id}`), { signal }).then((b) => b.vpc),
    enabled: id !== '',
  });

export const useVpc = (id: string) => useQuery(getVpcQueryOptions(id));
