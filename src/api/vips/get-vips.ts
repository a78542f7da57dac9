import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { VIP_DEVICE_OWNER, type Port } from '../../contract';
import { v1 } from '../client';
import { fetchV1All, fetchV1Page, type PageQuery } from '../paging';
import { vipKeys } from './keys';

export interface VipPageQuery extends PageQuery {
  /** v1 subnet ids; several ids ask for VIPs in any of them (`network_id` repeats). */
  networkIds?: string[];
}

export const getVipsQueryOptions = (q: VipPageQuery) =>
  queryOptions({
    queryKey: vipKeys.list(q),
    queryFn: ({ signal }) =>
      fetchV1Page<Port>(v1('/ports'), 'ports', q, { device_owner: VIP_DEVICE_OWNER, network_id: q.networkIds }, signal),
    placeholderData: keepPreviousData,
  });

export const useVips = (q: VipPageQuery) => useQuery(getVipsQueryOptions(q));

/** Every VIP (of one subnet when given): to join VIPs to servers, NICs and EIPs. */
export const getAllVipsQueryOptions = (networkId?: string) =>
  queryOptions({
    queryKey: vipKeys.list({ all: true, networkId }),
    queryFn: ({ signal }) =>
      fetchV1All<Port>(v1('/ports'), 'ports', { device_owner: VIP_DEVICE_OWNER, network_id: networkId }, signal),
  });

export const useAllVips = (networkId?: string) => useQuery(getAllVipsQueryOptions(networkId));
