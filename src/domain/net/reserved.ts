import { broadcastOf, cidrContainsIp, type Cidr } from './cidr';
import { formatIpv4, parseIpv4, type Ipv4 } from './ipv4';

export type ReservedUse = 'Network address' | 'Gateway' | 'System interface' | 'DHCP service' | 'Broadcast address';

export interface ReservedAddress {
  ip: string;
  use: ReservedUse;
}

/**
 * The five addresses of a subnet that are never handed out (Huawei's subnet guide, for 192.168.0.0/24):
 * the network address (.0), the gateway (.1 by default), the system interface (broadcast - 2),
 * the DHCP service (broadcast - 1) and the broadcast address (.255).
 */
export function reservedAddresses(cidr: Cidr, gatewayIp: string): ReservedAddress[] {
  const bcast = broadcastOf(cidr);
  return [
    { ip: formatIpv4(cidr.network), use: 'Network address' },
    { ip: gatewayIp, use: 'Gateway' },
    { ip: formatIpv4(bcast - 2), use: 'System interface' },
    { ip: formatIpv4(bcast - 1), use: 'DHCP service' },
    { ip: formatIpv4(bcast), use: 'Broadcast address' },
  ];
}

/** The gateway a new subnet gets when none is given: the first host address. */
export function defaultGateway(cidr: Cidr): string {
  return formatIpv4(cidr.network + 1);
}

/** How many addresses of the subnet can be handed out to NICs and VIPs. */
export function assignableCount(cidr: Cidr): number {
  return Math.max(0, 2 ** (32 - cidr.prefix) - 5);
}

/**
 * The lowest address of the subnet that is neither reserved nor in `used`; null when the subnet is full.
 * `used` holds dotted-quad strings. `from` (an address as a number) starts the search there instead of
 * at the subnet's start: a caller handing out many addresses in a row passes the last one + 1, so each
 * search does not walk again over the addresses it already gave out.
 */
export function firstFreeIp(cidr: Cidr, gatewayIp: string, used: ReadonlySet<string>, from?: number): string | null {
  const reserved = new Set(reservedAddresses(cidr, gatewayIp).map((r) => r.ip));
  const last = broadcastOf(cidr);
  for (let n = Math.max(cidr.network + 1, from ?? 0); n < last; n++) {
    const ip = formatIpv4(n);
    if (!reserved.has(ip) && !used.has(ip)) return ip;
  }
  return null;
}

/** The reserved use of `ip` in the subnet, or null when the address is assignable. */
export function reservedUseOf(cidr: Cidr, gatewayIp: string, ip: string): ReservedUse | null {
  return reservedAddresses(cidr, gatewayIp).find((r) => r.ip === ip)?.use ?? null;
}

export function ipInCidr(cidr: Cidr, ip: string): boolean {
  const n = parseIpv4(ip);
  return n !== null && cidrContainsIp(cidr, n as Ipv4);
}
