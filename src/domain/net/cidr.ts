import { ruleEnglish, ruleWording, type RuleWording } from '../rules/messages';
import { formatIpv4, parseIpv4, type Ipv4 } from './ipv4';

/** An IPv4 block. `network` has every host bit cleared. */
export interface Cidr {
  readonly network: Ipv4;
  readonly prefix: number;
}

const CIDR_TEXT = /^([^/]+)\/(0|[1-9]\d?)$/;

/**
 * Parses `a.b.c.d/n`. Strict, like Huawei's API: no spaces, a prefix of 0 to 32 without leading zeros,
 * and the address must be the block's network address (`192.168.0.1/24` is refused; `192.168.0.0/24`
 * is accepted). Callers that take typed input trim it first, so what is stored is what was checked.
 */
export function parseCidr(text: string): Cidr | null {
  const match = CIDR_TEXT.exec(text);
  if (!match) return null;
  const ip = parseIpv4(match[1]);
  const prefix = Number(match[2]);
  if (ip === null || prefix > 32) return null;
  if ((ip & hostMask(prefix)) >>> 0 !== 0) return null;
  return { network: ip, prefix };
}

/** Why a CIDR text does not parse, as a rule's sentence (`cidr.*`); null when it parses. */
export function explainCidrWording(text: string): RuleWording | null {
  if (/\s/.test(text)) return ruleWording('cidr.spaces');
  const slash = text.split('/');
  if (slash.length !== 2 || slash[0] === '') return ruleWording('cidr.shape');
  const ip = parseIpv4(slash[0]);
  if (ip === null) return ruleWording('cidr.address', { address: slash[0] });
  if (!/^(0|[1-9]\d?)$/.test(slash[1]) || Number(slash[1]) > 32) return ruleWording('cidr.prefix', { prefix: slash[1] });
  const prefix = Number(slash[1]);
  const network = (ip & ~hostMask(prefix)) >>> 0;
  if (network !== ip) return ruleWording('cidr.notNetwork', { cidr: `${formatIpv4(network)}/${prefix}` });
  return null;
}

/** Why a CIDR text does not parse, in words a person can act on; null when it parses. */
export function explainCidr(text: string): string | null {
  const why = explainCidrWording(text);
  return why && ruleEnglish(why);
}

function hostMask(prefix: number): number {
  return prefix >= 32 ? 0 : (2 ** (32 - prefix) - 1) >>> 0;
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(c.network)}/${c.prefix}`;
}

export function cidrSize(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

export function broadcastOf(c: Cidr): Ipv4 {
  return ((c.network + cidrSize(c) - 1) >>> 0) as Ipv4;
}

export function cidrContainsIp(c: Cidr, ip: number): boolean {
  return ip >= c.network && ip <= broadcastOf(c);
}

/** True when every address of `inner` lies in `outer`. */
export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContainsIp(outer, inner.network);
}

/** Two blocks overlap when they share at least one address (for CIDR blocks: one contains the other). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContainsCidr(a, b) || cidrContainsCidr(b, a);
}
