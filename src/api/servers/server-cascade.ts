import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Server } from '../../contract';
import { serverCascade, type CascadeAction, type Consequence } from '../../domain/ha';
import { getAllHaGroupsQueryOptions } from '../ha-groups/get-ha-groups';
import { getAllVipsQueryOptions } from '../vips/get-vips';
import { getServerQueryOptions } from './get-server';
import { getServerNicsQueryOptions } from './get-server-nics';
import { serverKeys } from './keys';

const fresh = <T extends object>(options: T) => ({ ...options, staleTime: 0 });

/**
 * What deleting or stopping `servers` does to VIPs and HA groups (domain `serverCascade`), read fresh:
 * the servers' NICs, every VIP, every HA group, and the other members of the groups they are in.
 */
export async function fetchServerCascade(qc: QueryClient, servers: readonly Server[], action: CascadeAction): Promise<Consequence[]> {
  const [nicLists, vips, groups] = await Promise.all([
    Promise.all(servers.map((s) => qc.fetchQuery(fresh(getServerNicsQueryOptions(s.id))))),
    qc.fetchQuery(fresh(getAllVipsQueryOptions())),
    qc.fetchQuery(fresh(getAllHaGroupsQueryOptions())),
  ]);
  const acted = new Set(servers.map((s) => s.id));
  const mine = groups.filter((g) => g.members.some((m) => acted.has(m.server_id)));
  const otherIds = [...new Set(mine.flatMap((g) => g.members.map((m) => m.server_id)).filter((id) => !acted.has(id)))];
  const others = await Promise.all(otherIds.map((id) => qc.fetchQuery(getServerQueryOptions(id)).catch(() => undefined)));
  const otherById = new Map(others.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  return serverCascade({
    action,
    servers: servers.map((s) => ({ id: s.id, name: s.name })),
    nics: nicLists.flatMap((nics, i) => nics.flatMap((n) => n.fixed_ips.map((f) => ({ serverId: servers[i].id, ip: f.ip_address, networkId: n.net_id })))),
    vips: vips.map((v) => ({
      id: v.id,
      name: v.name,
      ip: v.fixed_ips[0]?.ip_address ?? '',
      networkId: v.network_id,
      boundIps: v.allowed_address_pairs.map((p) => p.ip_address).filter((ip) => !ip.includes('/')),
    })),
    groups: mine.map((g) => ({ id: g.id, name: g.name, vipPortId: g.vip_port_id, members: g.members })),
    otherServer: (id) => otherById.get(id),
  });
}

export const getServerCascadeQueryOptions = (qc: QueryClient, servers: readonly Server[], action: CascadeAction) =>
  queryOptions({
    queryKey: [...serverKeys.all, 'cascade', action, servers.map((s) => s.id).sort()] as const,
    queryFn: () => fetchServerCascade(qc, servers, action),
    staleTime: 0,
    enabled: servers.length > 0,
  });

/** The consequences to name in a delete or stop confirmation; pass no servers while it is closed. */
export function useServerCascade(servers: readonly Server[], action: CascadeAction) {
  const qc = useQueryClient();
  return useQuery(getServerCascadeQueryOptions(qc, servers, action));
}
