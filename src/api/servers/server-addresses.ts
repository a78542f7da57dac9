import { i18n as activeI18n, type I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Server, Subnet } from '../../contract';
import { ipInCidr, parseCidr, type NicFacts } from '../../domain';

/** The fixed (private) addresses of a server, one per NIC, with the VPC they are in. */
export function fixedAddressesOf(server: Server) {
  return Object.entries(server.addresses ?? {}).flatMap(([vpcId, addrs]) =>
    addrs.filter((a) => a['OS-EXT-IPS:type'] === 'fixed').map((a) => ({ vpcId, ip: a.addr, portId: a['OS-EXT-IPS:port_id'] })),
  );
}

/** The floating (EIP) addresses a server shows. */
export function floatingAddressesOf(server: Server): string[] {
  return Object.values(server.addresses ?? {}).flatMap((addrs) =>
    addrs.filter((a) => a['OS-EXT-IPS:type'] === 'floating').map((a) => a.addr),
  );
}

const UNKNOWN_SUBNET = msg({ message: 'an unknown subnet', context: 'within a sentence' });

/**
 * A server's NICs as the binding rules see them. The subnet of each NIC is the subnet of its VPC whose
 * CIDR holds the address (subnets of one VPC never overlap).
 */
export function nicFactsOf(server: Server, subnets: readonly Subnet[], i18n: I18n = activeI18n): NicFacts[] {
  return fixedAddressesOf(server).map((a) => {
    const subnet = subnets.find((s) => {
      const c = s.vpc_id === a.vpcId ? parseCidr(s.cidr) : null;
      return c !== null && ipInCidr(c, a.ip);
    });
    return {
      port_id: a.portId,
      server_id: server.id,
      server_name: server.name,
      ip: a.ip,
      network_id: subnet?.id ?? '',
      subnet_name: subnet?.name ?? i18n._(UNKNOWN_SUBNET),
    };
  });
}
