import type { HaGroup, Port, Server, Subnet } from '../../contract';
import { configSpecWordings, generateServerFiles, type HaConfigSpec, type ServerFiles, type SpecProblemWording } from '../../domain/ha';
import { parseCidr } from '../../domain';
import { useServersById } from '../servers/get-server';
import { usePortsById } from '../ports/get-port';
import { useVip } from '../vips/get-vip';
import { useAllSubnets } from '../subnets/get-subnets';
import { specProblemText } from './spec-problem-text';

export const DEFAULT_HA_CHECK = '/usr/bin/pgrep -x nginx';
export const DEFAULT_DIRECTOR_CHECK = '/usr/bin/pgrep -x keepalived';

/** VRRP PASS authentication for a group: at most 8 characters, letters and digits, stable per group. */
export function authPassOf(group: Pick<HaGroup, 'id' | 'virtual_router_id'>): string {
  return `vr${group.virtual_router_id}${group.id.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 8);
}

export interface ConfigFacts {
  vip: Port;
  subnet: Subnet;
  nicIp: (portId: string) => string | undefined;
  serverName: (serverId: string) => string | undefined;
  /** The guest interface of a server's NIC: `eth0` for its first NIC, `eth1` for the second... */
  nicInterface?: (serverId: string, portId: string) => string | undefined;
}

/** ECS names a server's NICs in the order it lists them: the primary NIC is eth0, the next eth1... */
export function interfaceOfNic(server: Server, portId: string): string | undefined {
  const fixed = Object.values(server.addresses)
    .flat()
    .filter((a) => a['OS-EXT-IPS:type'] === 'fixed');
  const index = fixed.findIndex((a) => a['OS-EXT-IPS:port_id'] === portId);
  return index < 0 ? undefined : `eth${index}`;
}

/** The generator's input from a saved group and what it names (its VIP, subnet, member NICs and servers). */
export function haConfigSpecOf(group: HaGroup, facts: ConfigFacts): HaConfigSpec {
  const cidr = parseCidr(facts.subnet.cidr);
  const member = (m: HaGroup['members'][number]) => ({
    name: facts.serverName(m.server_id) ?? m.server_id,
    ip: facts.nicIp(m.port_id) ?? '0.0.0.0',
  });
  const nodes = group.members
    .filter((m) => m.role !== 'backend')
    .sort((a, b) => b.priority - a.priority)
    .map((m) => ({
      ...member(m),
      role: m.role as 'active' | 'standby' | 'director',
      priority: m.priority,
      interfaceName: facts.nicInterface?.(m.server_id, m.port_id) ?? 'eth0',
    }));
  const spec: HaConfigSpec = {
    groupName: group.name,
    mode: group.mode,
    vip: facts.vip.fixed_ips[0]?.ip_address ?? '',
    prefixLength: cidr?.prefix ?? 24,
    interfaceName: 'eth0',
    virtualRouterId: group.virtual_router_id,
    advertInt: group.advert_int,
    preempt: group.preempt,
    authPass: authPassOf(group),
    nodes,
    healthCheckCommand: group.check_command || (group.mode === 'ha' ? DEFAULT_HA_CHECK : DEFAULT_DIRECTOR_CHECK),
  };
  if (group.mode === 'lvs-dr' && group.service) {
    const s = group.service;
    spec.service = {
      port: s.port,
      scheduler: s.scheduler,
      persistenceTimeout: s.persistence_timeout,
      check: s.health_check.type === 'HTTP' ? { type: 'HTTP', path: s.health_check.path } : { type: 'TCP' },
      realServers: group.members.filter((m) => m.role === 'backend').map((m) => ({ ...member(m), weight: 1 })),
    };
  }
  return spec;
}

/**
 * The files of a saved group, or what is missing when it cannot have a working configuration (fewer
 * than two keepalived nodes, a member NIC gone...): never a keepalived.conf that cannot fail over.
 */
export function groupConfigOf(group: HaGroup, facts: ConfigFacts): { files: ServerFiles[]; missing: [] } | { files: undefined; missing: SpecProblemWording[] } {
  const spec = haConfigSpecOf(group, facts);
  const missing = configSpecWordings(spec);
  return missing.length > 0 ? { files: undefined, missing } : { files: generateServerFiles(spec), missing: [] };
}

/**
 * Every generated file of a group, per server, once its VIP, subnet, NICs and servers are read; for a
 * group that cannot have a working configuration, no files and `missing` (also as `error`, in the
 * console's language) instead.
 */
export function useHaGroupFiles(group: HaGroup | undefined): { files: ServerFiles[] | undefined; error: unknown; missing: SpecProblemWording[] } {
  const vip = useVip(group?.vip_port_id ?? '');
  const subnets = useAllSubnets();
  const ports = usePortsById(group?.members.map((m) => m.port_id) ?? []);
  const servers = useServersById(group?.members.map((m) => m.server_id) ?? []);
  const error = vip.error ?? subnets.error ?? ports.find((q) => q.error)?.error ?? servers.find((q) => q.error)?.error ?? null;
  const subnet = subnets.data?.find((s) => s.id === vip.data?.network_id);
  const ready = group && vip.data && subnet && ports.every((q) => q.data) && servers.every((q) => q.data);
  if (!ready) return { files: undefined, error, missing: [] };
  const portById = new Map(ports.map((q) => [q.data!.id, q.data!]));
  const serverById = new Map<string, Server>(servers.map((q) => [q.data!.id, q.data!]));
  const config = groupConfigOf(group, {
    vip: vip.data!,
    subnet: subnet!,
    nicIp: (id) => portById.get(id)?.fixed_ips[0]?.ip_address,
    serverName: (id) => serverById.get(id)?.name,
    nicInterface: (serverId, portId) => {
      const server = serverById.get(serverId);
      return server && interfaceOfNic(server, portId);
    },
  });
  if (config.missing.length > 0) return { files: undefined, error: error ?? new Error(config.missing.map((w) => specProblemText(w)).join(' ')), missing: config.missing };
  return { files: config.files, error, missing: [] };
}
