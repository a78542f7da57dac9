import { MAC_ADDRESS as MAC, type AllowedAddressPair } from '../../contract';
import {
  CHECK_OFF_SENTINEL,
  checkFixedIp,
  checkVipBinding,
  checkVipPairAddress,
  codes,
  firstFreeIp,
  isIpv4,
  parseCidr,
  parseIpv4,
  type NicFacts,
} from '../../domain';
import { ApiError, refuse } from '../errors';
import { isNic, isVip } from '../model';
import type { PortRecord, SubnetRecord, Tx } from '../store';
import { describePort } from './common';

const IP_OR_BLOCK = /^([^/]+)(?:\/(0|[1-9]\d?))?$/;

function invalid(message: string, field: string): ApiError {
  return new ApiError(codes.invalidPort, message, 400, field);
}

/**
 * Checks the allowed-address pairs a port is about to get (the whole new list: a PUT replaces it).
 *
 * On a VIP port each pair is a binding: it must name, as a plain address, the fixed IP of a server NIC
 * in the VIP's own subnet (the domain's `checkVipPairAddress` and `checkVipBinding` give the words),
 * once; a `mac_address`, if given, must be that NIC's. On any other port the pairs are free-form
 * (an address or a block, such as the check-off sentinel 1.1.1.1/0), except `0.0.0.0/0`.
 * Nothing else is touched: binding a VIP does NOT turn off the NICs' source/destination check.
 */
export async function checkPairs(tx: Tx, project: string, port: PortRecord, pairs: readonly AllowedAddressPair[], fieldBase: string): Promise<void> {
  if (isVip(port)) return checkVipPairs(tx, project, port, pairs, fieldBase);
  const seen = new Set<string>();
  for (const [i, pair] of pairs.entries()) {
    const field = `${fieldBase}[${i}].ip_address`;
    const m = IP_OR_BLOCK.exec(pair.ip_address);
    if (!m || !isIpv4(m[1]) || Number(m[2] ?? 32) > 32) {
      throw invalid(`${field}: "${pair.ip_address}" is neither an IPv4 address nor a block like 10.0.0.0/24.`, field);
    }
    if (pair.ip_address === '0.0.0.0/0') {
      throw invalid(
        `${field}: 0.0.0.0/0 is refused. To turn the source/destination check off, use the pair ${CHECK_OFF_SENTINEL}.`,
        field,
      );
    }
    if (pair.mac_address !== undefined && !MAC.test(pair.mac_address)) {
      throw invalid(`${fieldBase}[${i}].mac_address: "${pair.mac_address}" is not a MAC address like fa:16:3e:12:34:56.`, `${fieldBase}[${i}].mac_address`);
    }
    if (seen.has(pair.ip_address)) throw invalid(`${field}: ${pair.ip_address} is listed twice.`, field);
    seen.add(pair.ip_address);
  }
}

async function checkVipPairs(tx: Tx, project: string, vip: PortRecord, pairs: readonly AllowedAddressPair[], fieldBase: string): Promise<void> {
  const subnet = await tx.get('subnets', vip.network_id);
  const subnetName = subnet?.name ?? vip.network_id;
  const bound: string[] = [];
  for (const [i, pair] of pairs.entries()) {
    const field = `${fieldBase}[${i}].ip_address`;
    const ip = pair.ip_address;
    refuse(withField(checkVipPairAddress(ip), field));
    const here = (await tx.all('ports', 'by_ip', [project, vip.network_id, ip]))[0];
    let nic: PortRecord | undefined = here && isNic(here) ? here : undefined;
    if (here && !nic) {
      throw invalid(`${await describePort(tx, here)} is not a server NIC; a virtual IP can be bound only to the fixed IP of a server NIC.`, field);
    }
    if (!nic) {
      nic = (await tx.all('ports', 'by_project_ip', [project, ip])).find(isNic);
      if (!nic) {
        throw invalid(
          `No server NIC in subnet ${subnetName} has the address ${ip}; bind the virtual IP to the fixed IP of a server NIC in that subnet.`,
          field,
        );
      }
    }
    const server = await tx.get('servers', nic.device_id);
    const nicSubnet = nic.network_id === vip.network_id ? subnet : await tx.get('subnets', nic.network_id);
    const facts: NicFacts = {
      port_id: nic.id,
      server_id: nic.device_id,
      server_name: server?.name ?? nic.device_id,
      ip: nic.ip,
      network_id: nic.network_id,
      subnet_name: nicSubnet?.name ?? nic.network_id,
    };
    refuse(withField(checkVipBinding({ id: vip.id, ip: vip.ip, network_id: vip.network_id, boundIps: bound }, facts, subnetName), field));
    if (pair.mac_address !== undefined && pair.mac_address.toLowerCase() !== nic.mac_address.toLowerCase()) {
      throw invalid(
        `${fieldBase}[${i}].mac_address: ${pair.mac_address} is not the MAC of ${facts.server_name}'s NIC ${ip} (${nic.mac_address}); give that MAC or leave it out.`,
        `${fieldBase}[${i}].mac_address`,
      );
    }
    bound.push(ip);
  }
}

function withField<T extends { field?: string } | null>(p: T, field: string): T {
  return p ? { ...p, field } : p;
}

/**
 * Hands out fixed IPs during one request: the subnet's used addresses are read once, and addresses
 * given out earlier in the same request count as used. Nothing is freed during a request, so the next
 * automatic address is searched from just after the last one handed out (a 500-server create with 12
 * NICs in one subnet would otherwise walk the subnet from its start 6,000 times).
 */
export class IpAllocator {
  private readonly used = new Map<string, Set<string>>();
  private readonly searchFrom = new Map<string, number>();

  constructor(
    private readonly tx: Tx,
    private readonly project: string,
  ) {}

  private async usedIn(subnet: SubnetRecord): Promise<Set<string>> {
    let set = this.used.get(subnet.id);
    if (!set) {
      const ports = await this.tx.all('ports', 'by_network', [this.project, subnet.id]);
      set = new Set(ports.map((p) => p.ip));
      this.used.set(subnet.id, set);
    }
    return set;
  }

  /** `requested` is checked (in the subnet, not reserved, free: VPC.0705 / VPC.0701); none = the first free address (VPC.0703 when full). */
  async take(subnet: SubnetRecord, requested: string | undefined, field: string): Promise<string> {
    const used = await this.usedIn(subnet);
    if (requested !== undefined) {
      let holder: string | null = null;
      if (used.has(requested)) {
        const port = (await this.tx.all('ports', 'by_ip', [this.project, subnet.id, requested]))[0];
        holder = port ? await describePort(this.tx, port) : 'another NIC of this request';
      }
      refuse(checkFixedIp(subnet, requested, () => holder, field));
      used.add(requested);
      return requested;
    }
    const cidr = parseCidr(subnet.cidr);
    const ip = cidr ? firstFreeIp(cidr, subnet.gateway_ip, used, this.searchFrom.get(subnet.id)) : null;
    if (!ip) {
      throw new ApiError(
        codes.noFreeIp,
        `Subnet ${subnet.name} (${subnet.cidr}) has no free address left; delete a server or virtual IP there, or use another subnet.`,
        409,
        field,
      );
    }
    used.add(ip);
    this.searchFrom.set(subnet.id, parseIpv4(ip)! + 1);
    return ip;
  }
}
