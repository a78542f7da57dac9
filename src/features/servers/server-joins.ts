import type { Port, PublicIp, Server, Subnet } from '../../contract';
import { fixedAddressesOf, floatingAddressesOf } from '../../api/servers/server-addresses';

/** VIP addresses bound to any NIC of the server: a pair naming the NIC's IP, on a VIP of the NIC's VPC. */
export function vipsOfServer(server: Server, vips: readonly Port[], subnets: readonly Subnet[]): { id: string; ip: string }[] {
  const vpcOfSubnet = new Map(subnets.map((s) => [s.id, s.vpc_id]));
  const nics = fixedAddressesOf(server);
  return vips
    .filter((v) => nics.some((n) => vpcOfSubnet.get(v.network_id) === n.vpcId && v.allowed_address_pairs.some((p) => p.ip_address === n.ip)))
    .map((v) => ({ id: v.id, ip: v.fixed_ips[0]?.ip_address ?? '' }));
}

/** EIPs that reach the server directly: bound to one of its NIC ports, or shown as a floating address. */
export function eipsOfServer(server: Server, eips: readonly PublicIp[]): string[] {
  const ports = new Set(fixedAddressesOf(server).map((n) => n.portId));
  const direct = eips.filter((e) => e.port_id && ports.has(e.port_id)).map((e) => e.public_ip_address);
  return [...new Set([...direct, ...floatingAddressesOf(server)])];
}
