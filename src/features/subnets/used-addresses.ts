import type { Port, PrivateIp, Subnet } from '../../contract';
import { VIP_DEVICE_OWNER } from '../../contract';
import { assignableCount, compareIpv4, ipInCidr, parseCidr, reservedAddresses, reservedUseOf } from '../../domain';

export type AddressUse = 'Network address' | 'Gateway' | 'System interface' | 'DHCP service' | 'Broadcast address' | 'Server NIC' | 'Virtual IP' | 'Other port';

export interface UsedAddress {
  ip: string;
  use: AddressUse;
  reserved: boolean;
  status: string;
  port?: Port;
}

/** Every used address of a subnet: the five reserved ones and what the backend lists, told apart by their port. */
export function usedAddresses(subnet: Subnet, privateIps: readonly PrivateIp[], ports: readonly Port[]): UsedAddress[] {
  const cidr = parseCidr(subnet.cidr);
  const byIp = new Map<string, UsedAddress>();
  if (cidr) {
    for (const r of reservedAddresses(cidr, subnet.gateway_ip)) byIp.set(r.ip, { ip: r.ip, use: r.use, reserved: true, status: 'Reserved' });
  }
  const portById = new Map(ports.map((p) => [p.id, p]));
  const portByIp = new Map(ports.flatMap((p) => p.fixed_ips.map((f) => [f.ip_address, p] as const)));
  for (const p of privateIps) {
    if (byIp.get(p.ip_address)?.reserved) continue;
    const port = portById.get(p.id) ?? portByIp.get(p.ip_address);
    const owner = port?.device_owner ?? p.device_owner;
    const use: AddressUse = owner === VIP_DEVICE_OWNER ? 'Virtual IP' : owner.startsWith('compute:') ? 'Server NIC' : 'Other port';
    byIp.set(p.ip_address, { ip: p.ip_address, use, reserved: false, status: p.status, port });
  }
  return [...byIp.values()].sort((a, b) => compareIpv4(a.ip, b.ip));
}

/** How many assignable addresses are still free: the assignable count less the listed addresses that are not reserved. */
export function freeAddressCount(subnet: Subnet, privateIps: readonly PrivateIp[]): number | null {
  const cidr = parseCidr(subnet.cidr);
  if (!cidr) return null;
  const taken = new Set(
    privateIps.map((p) => p.ip_address).filter((ip) => ipInCidr(cidr, ip) && reservedUseOf(cidr, subnet.gateway_ip, ip) === null),
  );
  return Math.max(0, assignableCount(cidr) - taken.size);
}
