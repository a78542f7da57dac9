import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicIp } from '../../contract';
import { v1 } from '../client';
import { fetchV1All, fetchV1Page, type PageQuery } from '../paging';
import { eipKeys } from './keys';

export const getEipsQueryOptions = (q: PageQuery) =>
  queryOptions({
    queryKey: eipKeys.list(q),
    queryFn: ({ signal }) => fetchV1Page<PublicIp>(v1('/publicips'), 'publicips', q, {}, signal),
    placeholderData: keepPreviousData,
  });

export const useEips = (q: PageQuery) => useQuery(getEipsQueryOptions(q));

/** Every EIP: to show which VIP or NIC holds one. */
export const getAllEipsQueryOptions = () =>
  queryOptions({
    queryKey: eipKeys.list({ all: true }),
    queryFn: ({ signal }) => fetchV1All<PublicIp>(v1('/publicips'), 'publicips', {}, signal),
  });

export const useAllEips = () => useQuery(getAllEipsQueryOptions());
