import { VIP_DEVICE_OWNER, type Port, type Server } from '../../contract';
import { isSourceDestCheckOn, type NicFacts } from '../../domain';
import { nodeId, type ConnectionFacts, type TopologyInput } from './model';

export interface NicRecord {
  portId: string;
  ip: string;
  networkId: string;
  serverId: string;
}

export const isVipPort = (p: Port) => p.device_owner === VIP_DEVICE_OWNER;
export const firstIp = (p: Port) => p.fixed_ips[0]?.ip_address ?? '';

/** What the connection rules and the bind dialogs need to know of the view's VIPs, NICs and EIPs, by node id. */
export function connectionFacts(
  input: TopologyInput,
  vips: Port[],
  servers: Server[],
  placed: Map<string, string>,
  nicsOfServer: Map<string, NicRecord[]>,
  boundNics: Map<string, NicRecord[]>,
  eips: TopologyInput['eips'],
): ConnectionFacts {
  const subnetName = (id: string) => input.subnets.find((s) => s.id === id)?.name ?? id;
  const portById = new Map(input.ports.map((p) => [p.id, p]));
  const eipOnPort = new Map(input.eips.filter((e) => e.port_id).map((e) => [e.port_id!, e]));
  const facts: ConnectionFacts = { vips: {}, nics: {}, eips: {}, nicsOfServer: {}, vipCountOfServer: {} };
  for (const v of vips) {
    const eip = eipOnPort.get(v.id);
    facts.vips[nodeId.vip(v.id)] = {
      id: v.id,
      ip: firstIp(v),
      network_id: v.network_id,
      boundIps: v.allowed_address_pairs.map((p) => p.ip_address),
      subnetName: subnetName(v.network_id),
      eipNodeId: eip ? nodeId.eip(eip.id) : null,
      label: v.name ? `${firstIp(v)} (${v.name})` : firstIp(v),
    };
  }
  const allVips = input.ports.filter(isVipPort);
  for (const s of servers) {
    if (!placed.has(s.id)) continue;
    const nics: NicFacts[] = (nicsOfServer.get(s.id) ?? []).map((n) => ({
      port_id: n.portId,
      server_id: s.id,
      server_name: s.name,
      ip: n.ip,
      network_id: n.networkId,
      subnet_name: subnetName(n.networkId),
    }));
    facts.nicsOfServer[s.id] = nics;
    for (const n of nics) {
      const port = portById.get(n.port_id);
      facts.nics[n.port_id] = { ...n, checkOn: port ? isSourceDestCheckOn(port.allowed_address_pairs) : false, serverStatus: s.status };
    }
    const ports = new Set(nics.map((n) => n.port_id));
    facts.vipCountOfServer[s.id] = allVips.filter((v) => (boundNics.get(v.id) ?? []).some((n) => ports.has(n.portId))).length;
  }
  for (const e of eips) {
    const port = e.port_id ? portById.get(e.port_id) : undefined;
    facts.eips[nodeId.eip(e.id)] = {
      id: e.id,
      public_ip_address: e.public_ip_address,
      port_id: e.port_id,
      private_ip_address: e.private_ip_address ?? (port ? firstIp(port) : undefined),
      label: e.alias ? `${e.public_ip_address} (${e.alias})` : e.public_ip_address,
    };
  }
  return facts;
}
