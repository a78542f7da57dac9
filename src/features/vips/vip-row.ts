import type { Port, PublicIp, Subnet } from '../../contract';
import type { HalfDoneBinding, VipFacts } from '../../domain';

export interface BoundNic {
  ip: string;
  portId?: string;
  serverId?: string;
  serverName?: string;
  /** Set when the NIC holds this VIP with its check still on (domain `halfDoneBindings`). */
  halfDone?: HalfDoneBinding;
}

/** A VIP port joined with its subnet, its EIP and the NICs its pairs name. */
export interface VipRow {
  port: Port;
  ip: string;
  subnet?: Subnet;
  eip?: PublicIp;
  bound: BoundNic[];
}

export const vipIp = (port: Port) => port.fixed_ips[0]?.ip_address ?? '';

/** NIC addresses in a VIP's pairs (single addresses only; blocks are not bindings). */
export const boundIpsOf = (port: Port) => port.allowed_address_pairs.map((p) => p.ip_address).filter((ip) => !ip.includes('/'));

export const toVipFacts = (row: VipRow): VipFacts => ({
  id: row.port.id,
  ip: row.ip,
  network_id: row.port.network_id,
  boundIps: row.bound.map((b) => b.ip),
});

export const describeNic = (b: BoundNic) => (b.serverName ? `${b.serverName} (${b.ip})` : b.ip);
