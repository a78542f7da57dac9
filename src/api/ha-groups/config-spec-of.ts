import type { HaGroup, Port, Server, Subnet } from '../../contract';
import type { HaConfigSpec } from '../../domain/ha';
import { parseCidr } from '../../domain';

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
