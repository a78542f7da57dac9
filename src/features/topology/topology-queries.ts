import type { QueryClient } from '@tanstack/react-query';
import { getAllEipsQueryOptions } from '../../api/eips/get-eips';
import { getAllHaGroupsQueryOptions } from '../../api/ha-groups/get-ha-groups';
import { getSubnetPortsQueryOptions } from '../../api/ports/get-ports';
import { getServersQueryOptions, type ServerPageQuery } from '../../api/servers/get-servers';
import { getAllSubnetsQueryOptions } from '../../api/subnets/get-subnets';
import { getVpcQueryOptions } from '../../api/vpcs/get-vpc';
import { getAllVpcsQueryOptions } from '../../api/vpcs/get-vpcs';

/** Servers per request of a VPC's diagram (the API's largest page). */
const TOPOLOGY_SERVER_PAGE = 1000;

/** Page `page` of every server, in name order, as the diagram reads them. */
export const topologyServerPage = (page: number): ServerPageQuery => ({ page, pageSize: TOPOLOGY_SERVER_PAGE, sortKey: 'name', sortDir: 'asc' });

/** The pages after the first, once the first has said how many servers there are. */
export const laterTopologyServerPages = (count: number): ServerPageQuery[] =>
  Array.from({ length: Math.max(0, Math.ceil(count / TOPOLOGY_SERVER_PAGE) - 1) }, (_, i) => topologyServerPage(i + 2));

/**
 * Starts what a VPC's diagram needs, as src/main.tsx does when the console opens on its URL: the
 * diagram's code (React Flow, dagre) and every query of `useVpcTopologyInput`, the subnets' ports as soon
 * as the subnets are known and the further server pages as soon as the first says how many there are.
 * Nothing waits for them; the diagram's own queries (same keys) find them under way or done.
 */
export function prefetchVpcTopology(qc: QueryClient, vpcId: string): void {
  void import('./topology-view').catch(() => {});
  void qc.prefetchQuery(getVpcQueryOptions(vpcId));
  void qc.prefetchQuery(getAllVpcsQueryOptions());
  void qc.prefetchQuery(getAllEipsQueryOptions());
  void qc.prefetchQuery(getAllHaGroupsQueryOptions());
  qc.fetchQuery(getAllSubnetsQueryOptions(vpcId))
    .then((subnets) => Promise.all(subnets.map((s) => qc.prefetchQuery(getSubnetPortsQueryOptions(s.id)))))
    .catch(() => {});
  qc.fetchQuery(getServersQueryOptions(topologyServerPage(1)))
    .then((first) => Promise.all(laterTopologyServerPages(first.count).map((q) => qc.prefetchQuery(getServersQueryOptions(q)))))
    .catch(() => {});
}
