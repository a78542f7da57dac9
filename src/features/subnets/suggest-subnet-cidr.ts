import { cidrContainsCidr, cidrsOverlap, formatCidr, parseCidr, type Cidr } from '../../domain';

/** The first /24 (or the VPC itself when smaller) inside the VPC that overlaps no existing subnet. */
export function suggestSubnetCidr(vpcCidr: string, siblings: readonly { cidr: string }[]): string | null {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) return null;
  const prefix = Math.max(vpc.prefix, 24);
  const taken = siblings.map((s) => parseCidr(s.cidr)).filter((c): c is Cidr => c !== null);
  const step = 2 ** (32 - prefix);
  const count = Math.min(2 ** (prefix - vpc.prefix), 4096);
  for (let i = 0; i < count; i++) {
    const candidate = { network: ((vpc.network + i * step) >>> 0) as Cidr['network'], prefix };
    if (!cidrContainsCidr(vpc, candidate)) break;
    if (!taken.some((t) => cidrsOverlap(t, candidate))) return formatCidr(candidate);
  }
  return null;
}
