import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Subnet } from '../../contract';
import { apiFetch, v1 } from '../client';
import { subnetKeys } from './keys';

export const getSubnetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: subnetKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ subnet: Subnet }>(v1(`/subnets/${id}`), { signal }).then((b) => b.subnet),
    enabled: id !== '',
  });

export const useSubnet = (id: string) => useQuery(getSubnetQueryOptions(id));
