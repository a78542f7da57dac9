import { LIMITS, PROJECT_FILE_KINDS, type ProjectFile } from '../../contract';
import {
  checkEipBinding,
  checkFixedIp,
  checkGatewayIp,
  checkName,
  checkSubnetCidr,
  checkVpcCidr,
  parseIpv4,
  type EipFacts,
  type NamedCidr,
} from '../../domain';
import { isNic, isVip } from '../model';
import { portHolder } from '../routes/common';
import { checkDns } from '../routes/subnets';
import { Problems } from './problems';

type FileSubnet = ProjectFile['subnets'][number];
type FileServer = ProjectFile['servers'][number];

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function checkUnique(out: Problems, kind: string, values: readonly string[], field: string): void {
  const first = new Map<string, number>();
  values.forEach((value, i) => {
    const at = first.get(value);
    if (at === undefined) first.set(value, i);
    else out.add(`${kind}[${i}].${field}`, `"${value}" is also the ${field} of ${kind}[${at}]`);
  });
}

/** Subnets: names, DNS, their VPC in the file, CIDR inside it and apart from its siblings, gateway. Returns those whose addressing holds. */
function checkSubnets(file: ProjectFile, out: Problems): Set<string> {
  const vpcs = byId(file.vpcs);
  const siblings = new Map<string, NamedCidr[]>();
  const usable = new Set<string>();
  file.subnets.forEach((s, i) => {
    const at = `subnets[${i}]`;
    out.problem(`${at}.name`, checkName(s.name));
    out.check(at, () => {
      checkDns(s.primary_dns, `${at}.primary_dns`);
      checkDns(s.secondary_dns, `${at}.secondary_dns`);
    });
    if (s.neutron_network_id !== undefined && s.neutron_network_id !== s.id) {
      out.add(`${at}.neutron_network_id`, `${s.neutron_network_id} must equal the subnet's id (${s.id})`);
    }
    const vpc = vpcs.get(s.vpc_id);
    if (!vpc) return out.add(`${at}.vpc_id`, `no VPC of the file has the id ${s.vpc_id}`);
    const before = siblings.get(vpc.id) ?? [];
    const cidr = checkSubnetCidr(s.cidr, vpc, before);
    out.problem(`${at}.cidr`, cidr);
    if (cidr) return;
    before.push(s);
    siblings.set(vpc.id, before);
    const gateway = checkGatewayIp(s.cidr, s.gateway_ip);
    out.problem(`${at}.gateway_ip`, gateway);
    if (!gateway) usable.add(s.id);
  });
  return usable;
}

/** Ports: subnet, fixed IP (in the subnet, not reserved, not used twice), and what holds them. */
function checkPorts(file: ProjectFile, usableSubnets: ReadonlySet<string>, out: Problems): void {
  const subnets = byId(file.subnets);
  const servers = byId(file.servers);
  const used = new Map<string, Map<string, string>>();
  const nics = new Map<string, number>();
  file.ports.forEach((p, i) => {
    const at = `ports[${i}]`;
    const subnet = subnets.get(p.network_id);
    if (!subnet) return out.add(`${at}.network_id`, `no subnet of the file has the id ${p.network_id}`);
    const fixed = p.fixed_ips[0];
    if (fixed.subnet_id !== subnet.neutron_subnet_id) {
      out.add(`${at}.fixed_ips[0].subnet_id`, `${fixed.subnet_id} is not the neutron_subnet_id of subnet ${subnet.name} (${subnet.neutron_subnet_id})`);
    }
    const server = isNic(p) ? servers.get(p.device_id) : undefined;
    checkHolder(p, at, subnet, server, out);
    if (server) nics.set(server.id, (nics.get(server.id) ?? 0) + 1);
    if (!usableSubnets.has(subnet.id)) return;
    const inSubnet = used.get(subnet.id) ?? new Map<string, string>();
    used.set(subnet.id, inSubnet);
    const ip = fixed.ip_address;
    out.problem(`${at}.fixed_ips[0].ip_address`, checkFixedIp(subnet, ip, (taken) => inSubnet.get(taken) ?? null));
    if (!inSubnet.has(ip)) inSubnet.set(ip, portHolder({ ...p, ip }, server?.name));
  });
  file.servers.forEach((s, i) => {
    const count = nics.get(s.id) ?? 0;
    if (count === 0) out.add(`servers[${i}]`, `server ${s.name} has no NIC; give it a port with device_owner compute:<zone> and device_id ${s.id}`);
    if (count > LIMITS.nics) out.add(`servers[${i}]`, `server ${s.name} has ${count} NICs; a server has at most ${LIMITS.nics}`);
  });
}

function checkHolder(p: ProjectFile['ports'][number], at: string, subnet: FileSubnet, server: FileServer | undefined, out: Problems): void {
  if (isNic(p)) {
    if (!server) return out.add(`${at}.device_id`, `no server of the file has the id ${p.device_id}`);
    if (server.metadata.vpc_id !== subnet.vpc_id) {
      out.add(`${at}.network_id`, `subnet ${subnet.name} is not in the VPC of server ${server.name} (${server.metadata.vpc_id})`);
    }
  } else if (isVip(p) || p.device_owner === '') {
    if (p.device_id !== '') out.add(`${at}.device_id`, `only a server NIC has a device; write "" for a ${isVip(p) ? 'virtual IP' : 'plain port'}`);
  } else {
    out.add(`${at}.device_owner`, `"${p.device_owner}" is none of compute:<zone> (a server NIC), neutron:VIP_PORT (a virtual IP) or "" (a plain port)`);
  }
}

/** EIPs: an address each, and one EIP at most per port of the file. */
function checkEips(file: ProjectFile, out: Problems): void {
  const ports = byId(file.ports);
  const onPort = new Map<string, EipFacts>();
  checkUnique(out, 'publicips', file.publicips.map((e) => e.public_ip_address), 'public_ip_address');
  file.publicips.forEach((e, i) => {
    const at = `publicips[${i}]`;
    if (parseIpv4(e.public_ip_address) === null) out.add(`${at}.public_ip_address`, `"${e.public_ip_address}" is not an IPv4 address`);
    if (!e.port_id) return;
    if (!ports.has(e.port_id)) return out.add(`${at}.port_id`, `no port of the file has the id ${e.port_id}`);
    const eip = { id: e.id, public_ip_address: e.public_ip_address };
    const problem = checkEipBinding(eip, e.port_id, onPort.get(e.port_id) ?? null);
    out.problem(`${at}.port_id`, problem);
    if (!problem) onPort.set(e.port_id, eip);
  });
}

/** HA groups: their VIP, EIP, servers and ports are objects of the file (the rest is checked once written). */
function checkGroupRefs(file: ProjectFile, out: Problems): void {
  const ports = byId(file.ports);
  const servers = byId(file.servers);
  const eips = byId(file.publicips);
  file.ha_groups.forEach((g, i) => {
    const at = `ha_groups[${i}]`;
    if (!ports.has(g.vip_port_id)) out.add(`${at}.vip_port_id`, `no port of the file has the id ${g.vip_port_id}`);
    if (g.eip_id !== undefined && !eips.has(g.eip_id)) out.add(`${at}.eip_id`, `no EIP of the file has the id ${g.eip_id}`);
    g.members.forEach((m, j) => {
      if (!servers.has(m.server_id)) out.add(`${at}.members[${j}].server_id`, `no server of the file has the id ${m.server_id}`);
      if (!ports.has(m.port_id)) out.add(`${at}.members[${j}].port_id`, `no port of the file has the id ${m.port_id}`);
    });
  });
}

/**
 * The rules a project file must keep that need no store, as `path: reason` lines (none: it may be
 * written). Ids are unique per kind; VPC, subnet and server names and CIDRs follow the domain's rules;
 * every reference names an object of the file. What needs the written objects (a VIP's pairs, an HA
 * group's members and roles) is checked inside the import's transaction (`writeProjectFile`).
 */
export function checkProjectFile(file: ProjectFile): string[] {
  const out = new Problems();
  for (const kind of PROJECT_FILE_KINDS) checkUnique(out, kind, file[kind].map((o) => o.id), 'id');
  checkUnique(out, 'subnets', file.subnets.map((s) => s.neutron_subnet_id), 'neutron_subnet_id');
  file.vpcs.forEach((v, i) => {
    out.problem(`vpcs[${i}].name`, checkName(v.name));
    out.problem(`vpcs[${i}].cidr`, checkVpcCidr(v.cidr));
  });
  const vpcs = byId(file.vpcs);
  file.servers.forEach((s, i) => {
    out.problem(`servers[${i}].name`, checkName(s.name));
    if (!vpcs.has(s.metadata.vpc_id)) out.add(`servers[${i}].metadata.vpc_id`, `no VPC of the file has the id ${s.metadata.vpc_id}`);
  });
  checkPorts(file, checkSubnets(file, out), out);
  checkEips(file, out);
  checkGroupRefs(file, out);
  return out.lines;
}
