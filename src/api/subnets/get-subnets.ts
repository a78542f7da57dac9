import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Subnet } from '../../contract';
import { v1 } from '../client';
import { fetchV1All, fetchV1Page, type PageQuery } from '../paging';
import { subnetKeys } from './keys';

export interface SubnetPageQuery extends PageQuery {
  vpcId?: string;
}

export const getSubnetsQueryOptions = (q: SubnetPageQuery) =>
  queryOptions({
    queryKey: subnetKeys.list(q),
    queryFn: ({ signal }) => fetchV1Page<Subnet>(v1('/subnets'), 'subnets', q, { vpc_id: q.vpcId }, signal),
    placeholderData: keepPreviousData,
  });

export const useSubnets = (q: SubnetPageQuery) => useQuery(getSubnetsQueryOptions(q));

/** Every subnet (of one VPC when `vpcId` is given), for selects and joins. */
export const getAllSubnetsQueryOptions = (vpcId?: string) =>
  queryOptions({
    queryKey: subnetKeys.list({ all: true, vpcId }),
    queryFn: ({ signal }) => fetchV1All<Subnet>(v1('/subnets'), 'subnets', { vpc_id: vpcId }, signal),
  });

export const useAllSubnets = (vpcId?: string, enabled = true) => useQuery({ ...getAllSubnetsQueryOptions(vpcId), enabled });
