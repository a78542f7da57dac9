import type { HaConfigSpec } from './config-spec';
import type { HealthMember } from './group-health';

/** Example specs for tests and previews: an HA group with `standbys` standbys, and an LVS-DR cluster. */
export function exampleHaSpec(standbys: number, preempt = true): HaConfigSpec {
  return {
    groupName: 'web-ha',
    mode: 'ha',
    vip: '192.168.0.100',
    prefixLength: 24,
    interfaceName: 'eth0',
    virtualRouterId: 51,
    advertInt: 1,
    preempt,
    authPass: 'vrrp51ha',
    healthCheckCommand: '/usr/bin/pgrep -x nginx',
    nodes: [
      { name: 'ecs-web-01', ip: '192.168.0.11', role: 'active', priority: 150 },
      ...Array.from({ length: standbys }, (_, i) => ({
        name: `ecs-web-0${i + 2}`,
        ip: `192.168.0.${12 + i}`,
        role: 'standby' as const,
        priority: 100 - 10 * i,
      })),
    ],
  };
}

export function exampleLvsSpec(check: 'TCP' | 'HTTP' = 'HTTP'): HaConfigSpec {
  return {
    groupName: 'web-lvs',
    mode: 'lvs-dr',
    vip: '192.168.0.200',
    prefixLength: 24,
    interfaceName: 'eth0',
    virtualRouterId: 52,
    advertInt: 1,
    preempt: true,
    authPass: 'lvs52pw',
    healthCheckCommand: '/usr/bin/pgrep -x keepalived',
    nodes: [
      { name: 'lvs-director-a', ip: '192.168.0.21', role: 'director', priority: 150 },
      { name: 'lvs-director-b', ip: '192.168.0.22', role: 'director', priority: 100 },
    ],
    service: {
      port: 80,
      scheduler: 'wrr',
      persistenceTimeout: 50,
      check: check === 'HTTP' ? { type: 'HTTP', path: '/healthz' } : { type: 'TCP' },
      realServers: [
        { name: 'ecs-rs-01', ip: '192.168.0.31', weight: 1 },
        { name: 'ecs-rs-02', ip: '192.168.0.32', weight: 1 },
        { name: 'ecs-rs-03', ip: '192.168.0.33', weight: 2 },
      ],
    },
  };
}

/** A member as `groupHealth` reads it: running, its NIC bound with the check off, unless `over` says otherwise. */
export const healthMember = (name: string, role: HealthMember['role'], over: Partial<HealthMember> = {}): HealthMember => ({
  serverId: `id-${name}`,
  name,
  role,
  priority: role === 'active' ? 150 : 100,
  server: 'ACTIVE',
  nic: { ip: `192.168.0.${name.slice(-1)}`, checkOn: false },
  inVipPairs: true,
  ...over,
});
