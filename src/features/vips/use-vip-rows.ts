import type { Port } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { useHalfDoneBindingsOfVips } from '../../api/ports/use-half-done-bindings';
import { useServersById } from '../../api/servers/get-server';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { boundIpsOf, vipIp, type VipRow } from './vip-row';

/** Joins VIP ports with subnets, EIPs, and the servers whose NICs their pairs name. */
export function useVipRows(ports: Port[] | undefined): { rows: VipRow[] | undefined; resolving: boolean } {
  const subnets = useAllSubnets();
  const eips = useAllEips();
  const { bindings, nics, loading } = useHalfDoneBindingsOfVips(ports);
  const nicByKey = new Map<string, Port>();
  for (const nic of nics) for (const f of nic.fixed_ips) nicByKey.set(`${nic.network_id}|${f.ip_address}`, nic);
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
      const halfDone = nic ? bindings.find((b) => b.nicPortId === nic.id && b.vipId === port.id) : undefined;
      return { ip, portId: nic?.id, serverId: nic?.device_id, serverName: nic ? serverNames.get(nic.device_id) : undefined, halfDone };
    }),
  }));
  const resolving = loading || serverQueries.some((q) => q.isLoading);
  return { rows, resolving };
}
