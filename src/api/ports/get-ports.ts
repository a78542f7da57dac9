import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { v1 } from '../client';
import { fetchV1All } from '../paging';
import { portKeys } from './keys';

/** Every port of a subnet (NICs and VIPs), to tell what holds each address. */
export const getSubnetPortsQueryOptions = (subnetId: string) =>
  queryOptions({
    queryKey: portKeys.list({ networkId: subnetId }),
    queryFn: ({ signal }) => fetchV1All<Port>(v1('/ports'), 'ports', { network_id: subnetId }, signal),
    enabled: subnetId !== '',
  });

export const useSubnetPorts = (subnetId: string) => useQuery(getSubnetPortsQueryOptions(subnetId));

/** The ports of a subnet holding the given addresses (one request; `fixed_ips` repeats). */
export const getPortsByIpQueryOptions = (subnetId: string, ips: readonly string[]) =>
  queryOptions({
    queryKey: portKeys.list({ networkId: subnetId, ips: [...ips].sort() }),
    queryFn: ({ signal }) =>
      // eslint-disable-next-line lingui/no-unlocalized-strings -- Huawei's query syntax for a port's fixed IP
      fetchV1All<Port>(v1('/ports'), 'ports', { network_id: subnetId, fixed_ips: ips.map((ip) => `ip_address=${ip}`) }, signal),
    enabled: subnetId !== '' && ips.length > 0,
  });
