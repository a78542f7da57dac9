import { codes, problem, type Problem } from './problem';

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
    return problem(
      codes.invalidPort,
      `${nic.server_name} (${nic.ip}) is in subnet ${nic.subnet_name}; a virtual IP can be bound only to servers in its own subnet (${vipSubnetName}).`,
      'allowed_address_pairs',
    );
  }
  if (vip.boundIps.includes(nic.ip)) {
    return problem(codes.invalidPort, `${nic.server_name} (${nic.ip}) is already bound to ${vip.ip}.`, 'allowed_address_pairs');
  }
  return null;
}

/** A pair on a VIP port must name one address: `0.0.0.0/0` and other blocks are refused. */
export function checkVipPairAddress(ip: string): Problem | null {
  if (ip.includes('/')) {
    return problem(codes.invalidPort, `A virtual IP can be bound only to single NIC addresses, not to ${ip}.`, 'allowed_address_pairs');
  }
  return null;
}

export interface EipFacts {
  id: string;
  public_ip_address: string;
  port_id?: string;
}

/** One EIP per VIP; an EIP bound elsewhere must be unbound first. */
export function checkEipBinding(eip: EipFacts, targetPortId: string, eipAlreadyOnTarget: EipFacts | null): Problem | null {
  if (eip.port_id && eip.port_id !== targetPortId) {
    return problem(codes.eipInUse, `EIP ${eip.public_ip_address} is already bound; unbind it first.`, 'port_id');
  }
  if (eipAlreadyOnTarget && eipAlreadyOnTarget.id !== eip.id) {
    return problem(
      codes.eipInUse,
      `The target already has EIP ${eipAlreadyOnTarget.public_ip_address}; only one EIP can be bound to it. Unbind that one first.`,
      'port_id',
    );
  }
  return null;
}

export type WarningKind = 'several-nics-in-subnet' | 'too-many-servers' | 'too-many-vips' | 'check-on' | 'forwarding-on-standby';

export interface BindingWarning {
  kind: WarningKind;
  message: string;
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

export function bindingWarnings(plan: BindingPlan): BindingWarning[] {
  const warnings: BindingWarning[] = [];
  const servers = new Map(plan.chosen.map((n) => [n.server_id, n.server_name]));
  for (const [serverId, name] of servers) {
    const inSubnet = plan.nicsOfServer(serverId).filter((n) => n.network_id === plan.vip.network_id);
    if (inSubnet.length > 1) {
      warnings.push({
        kind: 'several-nics-in-subnet',
        message: `${name} has ${inSubnet.length} NICs in this subnet: traffic to the virtual IP may fail through route conflicts.`,
      });
    }
    const vips = plan.vipCountOfServer(serverId) + 1;
    if (vips > MAX_VIPS_PER_SERVER) {
      warnings.push({
        kind: 'too-many-vips',
        message: `${name} would have ${vips} virtual IPs; at most ${MAX_VIPS_PER_SERVER} per server are recommended.`,
      });
    }
  }
  const total = plan.boundServerCount + servers.size;
  if (total > MAX_SERVERS_PER_VIP) {
    warnings.push({
      kind: 'too-many-servers',
      message: `${plan.vip.ip} would be bound to ${total} servers; at most ${MAX_SERVERS_PER_VIP} are recommended.`,
    });
  }
  return warnings;
}
