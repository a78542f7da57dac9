import type { AllowedAddressPair, FixedIp, HaGroup, Job, NeutronPort, Port, PublicIp, Server, ServerAddress, Vpc, Subnet } from '../contract';
import { DEMO_AZ, VIP_DEVICE_OWNER } from '../contract';
import type { HaGroupRecord, JobRecord, PortRecord, PublicIpRecord, ServerRecord, SubnetRecord, VpcRecord } from './store';
import type { Tx } from './store';

/** A server NIC: a port ECS made, `device_owner: compute:<az>`. */
export function isNic(port: Pick<Port, 'device_owner'>): boolean {
  return port.device_owner.startsWith('compute:');
}

export function isVip(port: Pick<Port, 'device_owner'>): boolean {
  return port.device_owner === VIP_DEVICE_OWNER;
}

/** The multiEntry keys of a VIP port's pairs (see PortRecord.pair_keys). NICs and plain ports get none. */
export function pairKeysOf(project: string, port: Pick<Port, 'device_owner' | 'network_id' | 'allowed_address_pairs'>): string[] {
  if (!isVip(port)) return [];
  return port.allowed_address_pairs.map((p) => pairKey(project, port.network_id, p.ip_address));
}

export function pairKey(project: string, networkId: string, ip: string): string {
  return `${project}|${networkId}|${ip}`;
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value };
  for (const k of keys) delete copy[k];
  return copy;
}

export const vpcView = (r: VpcRecord): Vpc => omit(r, ['project_id', 'rev']);
export const subnetView = (r: SubnetRecord): Subnet => omit(r, ['project_id', 'rev']);
export const portView = (r: PortRecord): Port => omit(r, ['project_id', 'rev', 'vpc_id', 'ip', 'pair_keys']);
export const neutronPortView = (r: PortRecord): NeutronPort => ({ ...portView(r), project_id: r.project_id });
export const eipView = (r: PublicIpRecord): PublicIp => omit(r, ['project_id', 'rev']);
export const jobView = (r: JobRecord): Job => omit(r, ['project_id', 'rev', 'id']);
export const haGroupView = (r: HaGroupRecord): HaGroup => omit(r, ['project_id', 'rev', 'network_id']);

/** NIC order: the order the ports were made in. */
function byCreation(a: PortRecord, b: PortRecord): number {
  return a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
}

/** A server's NIC ports, in attachment order. */
export async function nicsOf(tx: Tx, project: string, serverId: string): Promise<PortRecord[]> {
  const ports = await tx.all('ports', 'by_device', [project, serverId]);
  return ports.filter(isNic).sort(byCreation);
}

/** A server as ECS shows it: `addresses` keyed by VPC id, from its NICs, plus a floating entry per bound EIP. */
export async function serverView(tx: Tx, r: ServerRecord): Promise<Server> {
  const nics = await nicsOf(tx, r.project_id, r.id);
  const eips = await Promise.all(nics.map((p) => tx.all('publicips', 'by_port', [r.project_id, p.id])));
  return viewOf(r, nics, eips);
}

/** Below this many servers, each one's NICs and EIPs are looked up on their own. */
const JOIN_IN_MEMORY_FROM = 100;

/**
 * The views of many servers of one project, as `serverView` gives each. When they are most of the
 * project's servers (`projectServers` in all), the project's NICs and EIPs are read once and joined in
 * memory: a page of 1,000 servers otherwise costs 2,000 index lookups.
 */
export async function serverViews(tx: Tx, project: string, records: readonly ServerRecord[], projectServers: number): Promise<Server[]> {
  if (records.length < JOIN_IN_MEMORY_FROM || records.length * 2 < projectServers) return Promise.all(records.map((r) => serverView(tx, r)));
  // NICs only (their owner is `compute:<az>`): a project's VIPs may be many more than its servers.
  const nicRange = IDBKeyRange.bound([project, 'compute:'], [project, 'compute:\uffff']);
  const [ports, eips] = await Promise.all([tx.all('ports', 'by_owner', nicRange), tx.ofProject('publicips', project)]);
  const nicsByServer = groupBy(ports.filter(isNic), (p) => p.device_id);
  const eipsByPort = groupBy(eips, (e) => e.port_id ?? '');
  return records.map((r) => {
    const nics = (nicsByServer.get(r.id) ?? []).sort(byCreation);
    return viewOf(r, nics, nics.map((p) => eipsByPort.get(p.id) ?? []));
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function viewOf(r: ServerRecord, nics: readonly PortRecord[], eips: readonly PublicIpRecord[][]): Server {
  const addresses: Record<string, ServerAddress[]> = {};
  nics.forEach((p, i) => {
    const list = (addresses[p.vpc_id] ??= []);
    const base = { version: 4 as const, 'OS-EXT-IPS-MAC:mac_addr': p.mac_address, 'OS-EXT-IPS:port_id': p.id };
    list.push({ ...base, addr: p.ip, 'OS-EXT-IPS:type': 'fixed' });
    for (const eip of eips[i]) list.push({ ...base, addr: eip.public_ip_address, 'OS-EXT-IPS:type': 'floating' });
  });
  return { ...omit(r, ['project_id', 'rev']), addresses };
}

export interface NewPort {
  project: string;
  id: string;
  name: string;
  subnet: SubnetRecord;
  ip: string;
  mac: string;
  device_id: string;
  device_owner: string;
  status: Port['status'];
  allowed_address_pairs?: AllowedAddressPair[];
  security_groups?: string[];
  created: string;
}

export function portRecord(n: NewPort): PortRecord {
  const fixed: FixedIp = { subnet_id: n.subnet.neutron_subnet_id, ip_address: n.ip };
  const pairs = n.allowed_address_pairs ?? [];
  const port: PortRecord = {
    id: n.id,
    name: n.name,
    network_id: n.subnet.id,
    fixed_ips: [fixed],
    mac_address: n.mac,
    device_id: n.device_id,
    device_owner: n.device_owner,
    status: n.status,
    admin_state_up: true,
    security_groups: n.security_groups ?? [],
    allowed_address_pairs: pairs,
    port_security_enabled: true,
    tenant_id: n.project,
    binding_vnic_type: 'normal',
    dns_name: '',
    created_at: n.created,
    updated_at: n.created,
    project_id: n.project,
    vpc_id: n.subnet.vpc_id,
    ip: n.ip,
    pair_keys: [],
  };
  port.pair_keys = pairKeysOf(n.project, port);
  return port;
}

/** Flavor names look like `s6.large.2`: family, size (vCPUs) and memory per vCPU in GiB. */
export function flavorOf(flavorRef: string): Server['flavor'] {
  const m = /^[a-z0-9]+\.(small|medium|large|xlarge|(\d+)xlarge)\.(\d+)$/i.exec(flavorRef);
  let vcpus = 1;
  let ratio = 1;
  if (m) {
    const size = m[1].toLowerCase();
    vcpus = size === 'small' || size === 'medium' ? 1 : size === 'large' ? 2 : size === 'xlarge' ? 4 : 4 * Number(m[2]);
    ratio = Number(m[3]) || 1;
    if (size === 'medium' && ratio === 1) ratio = 2;
  }
  return { id: flavorRef, name: flavorRef, vcpus: String(vcpus), ram: String(vcpus * ratio * 1024), disk: '0' };
}

/** Huawei's private DNS servers of cn-north-4, the defaults its console proposes. */
export const DEFAULT_DNS = ['100.125.1.250', '100.125.21.250'] as const;

export interface NewSubnet {
  project: string;
  id: string;
  neutronSubnetId: string;
  name: string;
  description: string;
  cidr: string;
  gatewayIp: string;
  vpcId: string;
  created: string;
  /** Defaults to `created`. */
  updated?: string;
  dhcp?: boolean;
  /** An empty or absent DNS server is the default one. */
  primaryDns?: string;
  secondaryDns?: string;
  az?: string;
}

/** A new, active subnet; its Neutron network id is its own id, as on Huawei Cloud. */
export function subnetRecord(n: NewSubnet): SubnetRecord {
  return {
    id: n.id,
    name: n.name,
    description: n.description,
    cidr: n.cidr,
    gateway_ip: n.gatewayIp,
    vpc_id: n.vpcId,
    dhcp_enable: n.dhcp ?? true,
    primary_dns: n.primaryDns || DEFAULT_DNS[0],
    secondary_dns: n.secondaryDns || DEFAULT_DNS[1],
    availability_zone: n.az ?? DEMO_AZ,
    neutron_network_id: n.id,
    neutron_subnet_id: n.neutronSubnetId,
    status: 'ACTIVE',
    tenant_id: n.project,
    created_at: n.created,
    updated_at: n.updated ?? n.created,
    project_id: n.project,
  };
}

export interface NewServer {
  project: string;
  id: string;
  name: string;
  flavorRef: string;
  imageRef: string;
  vpcId: string;
  az: string;
  created: string;
}

export function serverRecord(n: NewServer): ServerRecord {
  return {
    id: n.id,
    name: n.name,
    status: 'ACTIVE',
    tenant_id: n.project,
    created: n.created,
    updated: n.created,
    flavor: flavorOf(n.flavorRef),
    image: { id: n.imageRef },
    metadata: { vpc_id: n.vpcId, image_name: n.imageRef },
    'OS-EXT-AZ:availability_zone': n.az,
    'OS-EXT-STS:vm_state': 'active',
    'OS-EXT-STS:power_state': 1,
    project_id: n.project,
  };
}

export function jobRecord(project: string, id: string, jobType: string, entities: Record<string, unknown>, at: string): JobRecord {
  return { job_id: id, job_type: jobType, status: 'SUCCESS', begin_time: at, end_time: at, entities, project_id: project, id };
}

/**
 * A complete keepalived pair as the wizard leaves it, on `vip` (its subnet's VRID `virtualRouterId`):
 * the server of `nics[0]` active (priority 150), the others standby (100), preempting, 1 s adverts.
 */
export function completeHaPairRecord(n: {
  project: string;
  id: string;
  name: string;
  vip: PortRecord;
  eipId: string;
  nics: readonly PortRecord[];
  virtualRouterId: number;
  at: string;
}): HaGroupRecord {
  return {
    id: n.id,
    name: n.name,
    mode: 'ha',
    vip_port_id: n.vip.id,
    eip_id: n.eipId,
    members: n.nics.map((nic, i) => ({ server_id: nic.device_id, port_id: nic.id, role: i === 0 ? 'active' : 'standby', priority: i === 0 ? 150 : 100 })),
    virtual_router_id: n.virtualRouterId,
    advert_int: 1,
    preempt: true,
    status: 'complete',
    created_at: n.at,
    updated_at: n.at,
    project_id: n.project,
    network_id: n.vip.network_id,
  };
}
