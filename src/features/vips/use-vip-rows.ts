import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Port } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { getPortsByIpQueryOptions } from '../../api/ports/get-ports';
import { useServersById } from '../../api/servers/get-server';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { boundIpsOf, vipIp, type VipRow } from './vip-row';

/** Joins VIP ports with subnets, EIPs, and the servers whose NICs their pairs name. */
export function useVipRows(ports: Port[] | undefined): { rows: VipRow[] | undefined; resolving: boolean } {
  const subnets = useAllSubnets();
  const eips = useAllEips();
  const bySubnet = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const p of ports ?? []) {
      const ips = boundIpsOf(p);
      if (ips.length === 0) continue;
      const set = m.get(p.network_id) ?? new Set<string>();
      ips.forEach((ip) => set.add(ip));
      m.set(p.network_id, set);
    }
    return [...m.entries()].map(([networkId, ips]) => ({ networkId, ips: [...ips].sort() }));
  }, [ports]);
  const nicQueries = useQueries({ queries: bySubnet.map((g) => getPortsByIpQueryOptions(g.networkId, g.ips)) });
  const nicByKey = new Map<string, Port>();
  nicQueries.forEach((q, i) => {
    for (const nic of q.data ?? []) {
      if (nic.device_owner.startsWith('compute:')) {
        for (const f of nic.fixed_ips) nicByKey.set(`${bySubnet[i].networkId}|${f.ip_address}`, nic);
      }
    }
  });
  const serverIds = [...new Set([...nicByKey.values()].map((n) => n.device_id).filter(Boolean))].sort();
  const serverQueries = useServersById(serverIds);
  const serverNames = new Map<string, string>();
  serverQueries.forEach((q, i) => q.data && serverNames.set(serverIds[i], q.data.name));

  const subnetById = new Map((subnets.data ?? []).map((s) => [s.id, s]));
  const eipByPort = new Map((eips.data ?? []).filter((e) => e.port_id).map((e) => [e.port_id!, e]));
  const rows = ports?.map((port) => ({
    port,
    ip: vipIp(port),
    subnet: subnetById.get(port.network_id),
    eip: eipByPort.get(port.id),
    bound: boundIpsOf(port).map((ip) => {
      const nic = nicByKey.get(`${port.network_id}|${ip}`);
      return { ip, portId: nic?.id, serverId: nic?.device_id, serverName: nic ? serverNames.get(nic.device_id) : undefined };
    }),
  }));
  const resolving = nicQueries.some((q) => q.isLoading) || serverQueries.some((q) => q.isLoading);
  return { rows, resolving };
}
