import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Vpc } from '../../contract';
import { v1 } from '../client';
import { fetchV1All, fetchV1Page, type PageQuery } from '../paging';
import { vpcKeys } from './keys';

export const getVpcsQueryOptions = (q: PageQuery) =>
  queryOptions({
    queryKey: vpcKeys.list(q),
    queryFn: ({ signal }) => fetchV1Page<Vpc>(v1('/vpcs'), 'vpcs', q, {}, signal),
    placeholderData: keepPreviousData,
  });

export const useVpcs = (q: PageQuery) => useQuery(getVpcsQueryOptions(q));

export const getAllVpcsQueryOptions = () =>
  queryOptions({
    queryKey: vpcKeys.list({ all: true }),
    queryFn: ({ signal }) => fetchV1All<Vpc>(v1('/vpcs'), 'vpcs', {}, signal),
  });

export const useAllVpcs = () => useQuery(getAllVpcsQueryOptions());
