import { cidrContainsCidr, cidrsOverlap, explainCidrWording, parseCidr, broadcastOf } from '../net/cidr';
import { formatIpv4, parseIpv4 } from '../net/ipv4';
import { ipInCidr, reservedUseOf } from '../net/reserved';
import { ruleEnglish, ruleWording } from './messages';
import { codes, problem, ruleProblem, type Problem } from './problem';

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** Huawei's rule for VPC, subnet, server and VIP names: 1 to 64 of letters, digits, `_`, `-`, `.`. */
export function checkName(name: string, field = 'name'): Problem | null {
  if (name.length === 0) return ruleProblem(codes.badParameter, field, 'name.empty');
  if (name.length > 64) return ruleProblem(codes.badParameter, field, 'name.tooLong', { length: name.length });
  if (!NAME.test(name)) return ruleProblem(codes.badParameter, field, 'name.characters');
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
  const why = cidrProblem(text, field);
  if (why) return why;
  const cidr = parseCidr(text)!;
  for (const range of VPC_RANGES) {
    const block = parseCidr(range.cidr)!;
    if (cidrsOverlap(block, cidr) && cidr.prefix >= block.prefix) {
      if (cidr.prefix > range.maxPrefix) {
        return ruleProblem(codes.badParameter, field, 'vpcCidr.tooSmall', {
          range: range.cidr,
          minPrefix: range.minPrefix,
          maxPrefix: range.maxPrefix,
          suggestion: range.suggestion,
        });
      }
      return null;
    }
  }
  return ruleProblem(codes.badParameter, field, 'vpcCidr.notPrivate');
}

function cidrProblem(text: string, field: string): Problem | null {
  const why = explainCidrWording(text);
  return why && { ...problem(codes.badParameter, ruleEnglish(why), field), rule: why.key, values: why.values };
}

export interface NamedCidr {
  name: string;
  cidr: string;
}

/** The smallest subnet Huawei allows is a /28: 16 addresses, 11 of them assignable. */
export const MAX_SUBNET_PREFIX = 28;

/** A subnet lies inside its VPC's CIDR, is at most /28, and shares no address with a sibling subnet. */
export function checkSubnetCidr(text: string, vpc: NamedCidr, siblings: readonly NamedCidr[], field = 'cidr'): Problem | null {
  const why = cidrProblem(text, field);
  if (why) return why;
  const cidr = parseCidr(text)!;
  const vpcCidr = parseCidr(vpc.cidr);
  if (!vpcCidr || !cidrContainsCidr(vpcCidr, cidr)) {
    return ruleProblem(codes.badParameter, field, 'subnetCidr.outsideVpc', { vpc: vpc.name, vpcCidr: vpc.cidr });
  }
  if (cidr.prefix > MAX_SUBNET_PREFIX) {
    return ruleProblem(codes.badParameter, field, 'subnetCidr.tooSmall', { maxPrefix: MAX_SUBNET_PREFIX });
  }
  const clash = siblings.find((s) => {
    const other = parseCidr(s.cidr);
    return other !== null && cidrsOverlap(other, cidr);
  });
  if (clash) {
    return ruleProblem(codes.badParameter, field, 'subnetCidr.overlap', { subnet: clash.name, cidr: clash.cidr });
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
  if (ip === null) return ruleProblem(codes.badParameter, field, 'gateway.notIpv4', { gateway });
  if (!cidr) return ruleProblem(codes.badParameter, field, 'gateway.noSubnet');
  if (!ipInCidr(cidr, gateway)) return ruleProblem(codes.badParameter, field, 'gateway.outside', { cidr: subnetCidr });
  if (ip === cidr.network || ip === broadcastOf(cidr)) return ruleProblem(codes.badParameter, field, 'gateway.networkOrBroadcast');
  if (ip === broadcastOf(cidr) - 1) return ruleProblem(codes.badParameter, field, 'gateway.dhcp', { gateway });
  if (ip === broadcastOf(cidr) - 2) return ruleProblem(codes.badParameter, field, 'gateway.systemInterface', { gateway });
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
  return ruleEnglish(addressHolderWording(kind, name, ip));
}

/** `describeAddressHolder` as a sentence a screen can translate. */
export function addressHolderWording(kind: AddressHolderKind, name: string, ip: string) {
  const key = kind === 'server' ? 'holder.server' : kind === 'virtual IP' ? 'holder.vip' : 'holder.port';
  return ruleWording(key, { name, ip });
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
  if (!cidr) return ruleProblem(codes.badParameter, field, 'fixedIp.badSubnet', { subnet: subnet.name, cidr: subnet.cidr });
  if (parseIpv4(ip) === null) return ruleProblem(codes.ipNotValid, field, 'fixedIp.notIpv4', { ip });
  if (!ipInCidr(cidr, ip)) return ruleProblem(codes.ipNotValid, field, 'fixedIp.outside', { ip, subnet: subnet.name, cidr: subnet.cidr });
  const use = reservedUseOf(cidr, subnet.gateway_ip, ip);
  if (use) {
    // The CIDR parsed above, so the subnet has a range.
    const range = assignableRange(subnet.cidr, subnet.gateway_ip)!;
    return ruleProblem(codes.ipNotValid, field, 'fixedIp.reserved', { ip, subnet: subnet.name, use, first: range.first, last: range.last });
  }
  const holder = usedBy(ip);
  if (holder) return ruleProblem(codes.ipInUse, field, 'fixedIp.inUse', { ip, holder });
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
