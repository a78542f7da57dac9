import type { UseQueryResult } from '@tanstack/react-query';
import type { HaGroup, Port, Server } from '../../contract';
import { isSourceDestCheckOn } from '../../domain';
import { groupHealth, type GroupHealth, type HealthMember } from '../../domain/ha';
import { isNotFound } from '../client';
import { usePortsById } from '../ports/get-port';
import { useServersById } from '../servers/get-server';
import { useAllVips } from '../vips/get-vips';

const byId = <T extends { id: string }>(queries: UseQueryResult<T>[], ids: readonly string[]) => {
  const found = new Map<string, T | 'deleted'>();
  queries.forEach((q, i) => {
    if (q.data) found.set(q.data.id, q.data);
    else if (isNotFound(q.error)) found.set(ids[i], 'deleted');
  });
  return found;
};

const unique = (ids: string[]) => [...new Set(ids)].sort();

/**
 * The health verdict (domain `groupHealth`) of each group, keyed by group id: the HA group list and
 * page read it. One read per member server and member NIC (cached per id), plus the VIP list.
 */
export function useGroupHealth(groups: readonly HaGroup[] | undefined): Map<string, GroupHealth> {
  const serverIds = unique((groups ?? []).flatMap((g) => g.members.map((m) => m.server_id)));
  const portIds = unique((groups ?? []).flatMap((g) => g.members.map((m) => m.port_id)));
  const servers = byId<Server>(useServersById(serverIds), serverIds);
  const ports = byId<Port>(usePortsById(portIds), portIds);
  const vips = useAllVips();
  const result = new Map<string, GroupHealth>();
  for (const g of groups ?? []) {
    const vip = vips.data?.find((v) => v.id === g.vip_port_id);
    const pairs = new Set(vip?.allowed_address_pairs.map((p) => p.ip_address) ?? []);
    const members = g.members.map((m): HealthMember => {
      const server = servers.get(m.server_id);
      const port = ports.get(m.port_id);
      const ip = port && port !== 'deleted' ? (port.fixed_ips[0]?.ip_address ?? '') : '';
      return {
        serverId: m.server_id,
        name: server && server !== 'deleted' ? server.name : m.server_id,
        role: m.role,
        priority: m.priority,
        server: server === undefined ? 'unknown' : server === 'deleted' ? 'deleted' : server.status,
        nic: port === undefined || !vips.data ? 'unknown' : port === 'deleted' ? 'deleted' : { ip, checkOn: isSourceDestCheckOn(port.allowed_address_pairs) },
        inVipPairs: pairs.has(ip),
      };
    });
    result.set(
      g.id,
      groupHealth({ name: g.name, mode: g.mode, status: g.status, hasApplyPlan: (g.apply_plan?.length ?? 0) > 0, vipIp: vip?.fixed_ips[0]?.ip_address ?? '…', members }),
    );
  }
  return result;
}
