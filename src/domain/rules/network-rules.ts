import { cidrContainsCidr, cidrsOverlap, explainCidr, parseCidr, broadcastOf } from '../net/cidr';
import { formatIpv4, parseIpv4 } from '../net/ipv4';
import { ipInCidr, reservedUseOf } from '../net/reserved';
import { codes, problem, type Problem } from './problem';

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** Huawei's rule for VPC, subnet, server and VIP names: 1 to 64 of letters, digits, `_`, `-`, `.`. */
export function checkName(name: string, field = 'name'): Problem | null {
  if (name.length === 0) return problem(codes.badParameter, 'Enter a name.', field);
  if (name.length > 64) return problem(codes.badParameter, `The name is ${name.length} characters long; use at most 64.`, field);
  if (!NAME.test(name)) {
    return problem(codes.badParameter, 'Use only letters, digits, underscores (_), hyphens (-) and periods (.) in the name.', field);
  }
  return null;
}

/** The private ranges a VPC may use, with the prefix lengths Huawei allows for each. */
export const VPC_RANGES = [
  { cidr: '10.0.0.0/8', minPrefix: 8, maxPrefix: 24, suggestion: '10.0.0.0/16' },
  { cidr: '172.16.0.0/12', minPrefix: 12, maxPrefix: 24, suggestion: '172.16.0.0/16' },
  { cidr: '192.168.0.0/16', minPrefix: 16, maxPrefix: 24, suggestion: '192.168.0.0/16' },
] as const;

/** A VPC CIDR must be an RFC 1918 block: 10.0.0.0/8-24, 172.16.0.0/12-24 or 192.168.0.0/16-24. */
export function checkVpcCidr(text: string, field = 'cidr'): Problem | null {
  const why = explainCidr(text);
  if (why) return problem(codes.badParameter, why, field);
  const cidr = parseCidr(text)!;
  for (const range of VPC_RANGES) {
    const block = parseCidr(range.cidr)!;
    if (cidrsOverlap(block, cidr) && cidr.prefix >= block.prefix) {
      if (cidr.prefix > range.maxPrefix) {
        return problem(
          codes.badParameter,
          `A VPC in ${range.cidr} can be no smaller than a /${range.maxPrefix}; use a prefix from /${range.minPrefix} to /${range.maxPrefix}, like ${range.suggestion}.`,
          field,
        );
      }
      return null;
    }
  }
  return problem(codes.badParameter, 'Use a private range: 10.0.0.0/8-24, 172.16.0.0/12-24 or 192.168.0.0/16-24.', field);
}

export interface NamedCidr {
  name: string;
  cidr: string;
}

/** The smallest subnet Huawei allows is a /28: 16 addresses, 11 of them assignable. */
export const MAX_SUBNET_PREFIX = 28;

/** A subnet lies inside its VPC's CIDR, is at most /28, and shares no address with a sibling subnet. */
export function checkSubnetCidr(text: string, vpc: NamedCidr, siblings: readonly NamedCidr[], field = 'cidr'): Problem | null {
  const why = explainCidr(text);
  if (why) return problem(codes.badParameter, why, field);
  const cidr = parseCidr(text)!;
  const vpcCidr = parseCidr(vpc.cidr);
  if (!vpcCidr || !cidrContainsCidr(vpcCidr, cidr)) {
    return problem(codes.badParameter, `The subnet must lie inside the CIDR of VPC ${vpc.name} (${vpc.cidr}); choose a block within it.`, field);
  }
  if (cidr.prefix > MAX_SUBNET_PREFIX) {
    return problem(codes.badParameter, `A subnet can be no smaller than a /${MAX_SUBNET_PREFIX} (16 addresses); use a prefix of /${MAX_SUBNET_PREFIX} or shorter.`, field);
  }
  const clash = siblings.find((s) => {
    const other = parseCidr(s.cidr);
    return other !== null && cidrsOverlap(other, cidr);
  });
  if (clash) {
    return problem(codes.badParameter, `The CIDR overlaps subnet ${clash.name} (${clash.cidr}); choose a block outside it.`, field);
  }
  return null;
}

/**
 * A gateway lies in its subnet and is none of the other reserved addresses: not the network or broadcast
 * address, nor broadcast - 1 (DHCP) or broadcast - 2 (system interface), which Huawei keeps for itself.
 */
export function checkGatewayIp(subnetCidr: string, gateway: string, field = 'gateway_ip'): Problem | null {
  const cidr = parseCidr(subnetCidr);
  const ip = parseIpv4(gateway);
  if (ip === null) return problem(codes.badParameter, `"${gateway}" is not an IPv4 address.`, field);
  if (!cidr) return problem(codes.badParameter, 'Enter a valid subnet CIDR first.', field);
  if (!ipInCidr(cidr, gateway)) return problem(codes.badParameter, `The gateway must lie in ${subnetCidr}.`, field);
  if (ip === cidr.network || ip === broadcastOf(cidr)) {
    return problem(codes.badParameter, 'The gateway cannot be the network or the broadcast address of the subnet.', field);
  }
  if (ip === broadcastOf(cidr) - 1 || ip === broadcastOf(cidr) - 2) {
    const use = ip === broadcastOf(cidr) - 1 ? 'DHCP service' : 'system interface';
    return problem(codes.badParameter, `${gateway} is reserved for the subnet's ${use}; choose another gateway.`, field);
  }
  return null;
}

export interface SubnetAddressing {
  name: string;
  cidr: string;
  gateway_ip: string;
}

export type AddressHolderKind = 'server' | 'virtual IP' | 'port';

/**
 * How a refusal names what holds an address: "server ecs-web-01 (192.168.0.11)", "virtual IP vip-web
 * (192.168.0.100)". The backend and the forms both word it so, for the same answer in the same words.
 */
export function describeAddressHolder(kind: AddressHolderKind, name: string, ip: string): string {
  return `${kind} ${name} (${ip})`;
}

/**
 * A fixed IP asked for a NIC or a VIP must be an address of the subnet (VPC.0705), not one of the five
 * reserved ones (VPC.0705), and not used already (VPC.0701). `usedBy` names what holds an address.
 */
export function checkFixedIp(
  subnet: SubnetAddressing,
  ip: string,
  usedBy: (ip: string) => string | null,
  field = 'ip_address',
): Problem | null {
  const cidr = parseCidr(subnet.cidr);
  if (!cidr) return problem(codes.badParameter, `Subnet ${subnet.name} has no valid CIDR (${subnet.cidr}).`, field);
  if (parseIpv4(ip) === null) return problem(codes.ipNotValid, `"${ip}" is not an IPv4 address; write four numbers from 0 to 255.`, field);
  if (!ipInCidr(cidr, ip)) {
    return problem(codes.ipNotValid, `${ip} is not in subnet ${subnet.name} (${subnet.cidr}); choose an address inside it.`, field);
  }
  const use = reservedUseOf(cidr, subnet.gateway_ip, ip);
  if (use) {
    const range = assignableRange(subnet.cidr, subnet.gateway_ip);
    const hint = range ? ` from ${range.first} to ${range.last}` : '';
    return problem(codes.ipNotValid, `${ip} is reserved in subnet ${subnet.name} (${use === 'DHCP service' ? use : use.toLowerCase()}); choose another address${hint}.`, field);
  }
  const holder = usedBy(ip);
  if (holder) return problem(codes.ipInUse, `${ip} is already used by ${holder}; choose a free address.`, field);
  return null;
}

/**
 * The first and last assignable addresses, for hints such as "192.168.0.2 to 192.168.0.252". With a
 * gateway other than the first host address, that first host address is assignable too.
 */
export function assignableRange(subnetCidr: string, gatewayIp?: string): { first: string; last: string } | null {
  const cidr = parseCidr(subnetCidr);
  if (!cidr) return null;
  const firstHost = cidr.network + 1;
  const gatewayOnFirst = gatewayIp === undefined || parseIpv4(gatewayIp) === firstHost;
  return { first: formatIpv4(gatewayOnFirst ? firstHost + 1 : firstHost), last: formatIpv4(broadcastOf(cidr) - 3) };
}
