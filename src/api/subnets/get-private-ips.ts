import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PrivateIp } from '../../contract';
import { v1 } from '../client';
import { fetchV1All } from '../paging';
import { subnetKeys } from './keys';

/** Every used address of a subnet (gateway, DHCP, NICs, VIPs), as the backend lists them. */
export const getPrivateIpsQueryOptions = (subnetId: string) =>
  queryOptions({
    queryKey: subnetKeys.privateIps(subnetId),
    queryFn: ({ signal }) => fetchV1All<PrivateIp>(v1(`/subnets/${subnetId}/privateips`), 'privateips', {}, signal),
    enabled: subnetId !== '',
  });

export const usePrivateIps = (subnetId: string) => useQuery(getPrivateIpsQueryOptions(subnetId));
