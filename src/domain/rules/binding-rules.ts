import { parseIpv4 } from '../net/ipv4';
import { ruleEnglish, ruleWording, type RuleKey } from './messages';
import { codes, ruleProblem, type Problem } from './problem';
import type { WordingValues } from '../text';

/** Huawei's recommended limits: beyond them a VIP still works, but the console warns. */
export const MAX_SERVERS_PER_VIP = 10;
export const MAX_VIPS_PER_SERVER = 8;

/** What the binding rules need to know of a VIP. */
export interface VipFacts {
  id: string;
  ip: string;
  /** v1 subnet id. */
  network_id: string;
  /** NIC IPs already in the VIP's allowed-address pairs. */
  boundIps: readonly string[];
}

/** What the binding rules need to know of a server NIC. */
export interface NicFacts {
  port_id: string;
  server_id: string;
  server_name: string;
  ip: string;
  /** v1 subnet id. */
  network_id: string;
  subnet_name: string;
}

/**
 * A VIP can be bound only to a NIC of its own subnet (Huawei's rule), and only once per NIC.
 * The same words serve the form, the backend's 400 and the topology's refused connection.
 */
export function checkVipBinding(vip: VipFacts, nic: NicFacts, vipSubnetName: string): Problem | null {
  if (nic.network_id !== vip.network_id) {
    return ruleProblem(codes.invalidPort, 'allowed_address_pairs', 'vipBinding.otherSubnet', {
      server: nic.server_name,
      ip: nic.ip,
      subnet: nic.subnet_name,
      vipSubnet: vipSubnetName,
    });
  }
  if (vip.boundIps.includes(nic.ip)) {
    return ruleProblem(codes.invalidPort, 'allowed_address_pairs', 'vipBinding.alreadyBound', { server: nic.server_name, ip: nic.ip, vip: vip.ip });
  }
  return null;
}

/**
 * A pair on a VIP port must name one NIC address, written as a plain IPv4 address: `0.0.0.0/0`, the
 * check-off sentinel `1.1.1.1/0` and any other block are refused, and so is text that is no address.
 */
export function checkVipPairAddress(ip: string): Problem | null {
  if (ip.includes('/')) {
    return ruleProblem(codes.invalidPort, 'allowed_address_pairs', 'vipPair.block', { ip });
  }
  if (parseIpv4(ip) === null) return ruleProblem(codes.invalidPort, 'allowed_address_pairs', 'vipPair.notIpv4', { ip });
  return null;
}

export interface EipFacts {
  id: string;
  public_ip_address: string;
  port_id?: string;
  /** The private address the EIP is bound to, when bound: it lets a refusal say where the EIP is. */
  private_ip_address?: string;
}

/** One EIP per VIP; an EIP bound elsewhere must be unbound first. Rebinding to the same port is allowed. */
export function checkEipBinding(eip: EipFacts, targetPortId: string, eipAlreadyOnTarget: EipFacts | null): Problem | null {
  if (eip.port_id && eip.port_id !== targetPortId) {
    return eip.private_ip_address
      ? ruleProblem(codes.eipInUse, 'port_id', 'eipBinding.boundTo', { eip: eip.public_ip_address, ip: eip.private_ip_address })
      : ruleProblem(codes.eipInUse, 'port_id', 'eipBinding.boundElsewhere', { eip: eip.public_ip_address });
  }
  if (eipAlreadyOnTarget && eipAlreadyOnTarget.id !== eip.id) {
    return ruleProblem(codes.eipInUse, 'port_id', 'eipBinding.targetHasEip', { eip: eipAlreadyOnTarget.public_ip_address });
  }
  return null;
}

export type WarningKind = 'several-nics-in-subnet' | 'too-many-servers' | 'too-many-vips' | 'check-on' | 'forwarding-on-standby';

export interface BindingWarning {
  kind: WarningKind;
  /** English, as `rule` with `values` words it. */
  message: string;
  rule: RuleKey;
  values: WordingValues;
}

function warning(kind: WarningKind, w: ReturnType<typeof ruleWording>): BindingWarning {
  return { kind, message: ruleEnglish(w), rule: w.key, values: w.values };
}

/** What the console must say before binding `vip` to the chosen NICs (allowed, but risky). */
export interface BindingPlan {
  vip: VipFacts;
  chosen: readonly NicFacts[];
  /** Every NIC of each chosen server, with their subnets, to find servers with several NICs in the subnet. */
  nicsOfServer: (serverId: string) => readonly NicFacts[];
  /** How many VIPs each server is bound to now. */
  vipCountOfServer: (serverId: string) => number;
  /** Number of distinct servers already bound to the VIP. */
  boundServerCount: number;
}

/**
 * Counts servers, not NICs: a chosen server that is already bound to the VIP (through any of its NICs)
 * adds nothing to the VIP's server count nor to its own VIP count.
 */
export function bindingWarnings(plan: BindingPlan): BindingWarning[] {
  const warnings: BindingWarning[] = [];
  const bound = new Set(plan.vip.boundIps);
  const servers = new Map(plan.chosen.map((n) => [n.server_id, n.server_name]));
  let newServers = 0;
  for (const [serverId, name] of servers) {
    const nics = plan.nicsOfServer(serverId);
    const inSubnet = nics.filter((n) => n.network_id === plan.vip.network_id);
    if (inSubnet.length > 1) {
      warnings.push(warning('several-nics-in-subnet', ruleWording('warning.severalNics', { server: name, count: inSubnet.length })));
    }
    const alreadyBound = nics.some((n) => bound.has(n.ip));
    if (alreadyBound) continue;
    newServers++;
    const vips = plan.vipCountOfServer(serverId) + 1;
    if (vips > MAX_VIPS_PER_SERVER) {
      warnings.push(warning('too-many-vips', ruleWording('warning.tooManyVips', { server: name, count: vips, max: MAX_VIPS_PER_SERVER })));
    }
  }
  const total = plan.boundServerCount + newServers;
  if (total > MAX_SERVERS_PER_VIP) {
    warnings.push(warning('too-many-servers', ruleWording('warning.tooManyServers', { vip: plan.vip.ip, count: total, max: MAX_SERVERS_PER_VIP })));
  }
  return warnings;
}
