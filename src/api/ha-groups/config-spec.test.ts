import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HaGroup, Port, Server, Subnet } from '../../contract';
import { generateServerFiles } from '../../domain/ha';
import { authPassOf, haConfigSpecOf, interfaceOfNic } from './config-spec';

const group = (over: Partial<HaGroup> = {}): HaGroup => ({
  id: '776a418b-2916-45bc-8bdd-045da6774dbc',
  name: 'lvs-subnet-web',
  mode: 'lvs-dr',
  vip_port_id: 'vip',
  members: [
    { server_id: 's1', port_id: 'p1', role: 'director', priority: 100 },
    { server_id: 's2', port_id: 'p2', role: 'director', priority: 150 },
    { server_id: 's3', port_id: 'p3', role: 'backend', priority: 0 },
    { server_id: 's4', port_id: 'p4', role: 'backend', priority: 0 },
  ],
  virtual_router_id: 51,
  advert_int: 1,
  preempt: false,
  service: { protocol: 'TCP', port: 8080, scheduler: 'wlc', persistence_timeout: 30, health_check: { type: 'HTTP', path: '/healthz' } },
  status: 'complete',
  created_at: '',
  updated_at: '',
  ...over,
});

const facts = {
  vip: { fixed_ips: [{ subnet_id: 'n', ip_address: '192.168.0.60' }] } as Port,
  subnet: { cidr: '192.168.0.0/24' } as Subnet,
  nicIp: (id: string) => ({ p1: '192.168.0.11', p2: '192.168.0.12', p3: '192.168.0.13', p4: '192.168.0.14' })[id],
  serverName: (id: string) => `ecs-${id}`,
};

describe('haConfigSpecOf (a saved group -> the generator input)', () => {
  it('orders VRRP nodes by priority, takes the VIP prefix from the subnet, the service and real servers from the group', () => {
    const spec = haConfigSpecOf(group(), facts);
    expect(spec.nodes.map((n) => [n.name, n.ip, n.priority])).toEqual([
      ['ecs-s2', '192.168.0.12', 150],
      ['ecs-s1', '192.168.0.11', 100],
    ]);
    expect(spec).toMatchObject({ vip: '192.168.0.60', prefixLength: 24, preempt: false, virtualRouterId: 51 });
    expect(spec.service).toMatchObject({ port: 8080, scheduler: 'wlc', persistenceTimeout: 30, check: { type: 'HTTP', path: '/healthz' } });
    expect(spec.service!.realServers.map((r) => r.ip)).toEqual(['192.168.0.13', '192.168.0.14']);
    expect(spec.healthCheckCommand).toBe('/usr/bin/pgrep -x keepalived');
    expect(haConfigSpecOf(group({ check_command: '/usr/bin/pgrep -x haproxy' }), facts).healthCheckCommand).toBe('/usr/bin/pgrep -x haproxy');
  });

  it('authPassOf: at most 8 letters and digits, stable per group', () => {
    expect(authPassOf(group())).toBe('vr51776a');
    expect(authPassOf(group())).toMatch(/^[A-Za-z0-9]{1,8}$/);
  });

  it('every keepalived.conf generated from a saved group passes keepalived --config-test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ha-group-'));
    try {
      const specs = [
        haConfigSpecOf(group({ check_command: '/usr/bin/curl -fsS http://127.0.0.1:8080/healthz' }), facts),
        haConfigSpecOf(group({ name: 'ha-subnet-web', mode: 'ha', service: undefined, preempt: true, members: [
          { server_id: 's1', port_id: 'p1', role: 'active', priority: 150 },
          { server_id: 's2', port_id: 'p2', role: 'standby', priority: 100 },
          { server_id: 's3', port_id: 'p3', role: 'standby', priority: 90 },
        ] }), facts),
      ];
      for (const spec of specs) {
        for (const server of generateServerFiles(spec)) {
          const conf = server.files.find((f) => f.fileName === 'keepalived.conf');
          if (!conf) continue;
          const file = join(dir, `${spec.groupName}-${server.serverName}.conf`);
          writeFileSync(file, conf.content);
          const run = spawnSync('keepalived', ['--config-test', '-f', file], { encoding: 'utf8' });
          if (run.error) return; // keepalived not installed here: scripts/keepalived-config.test.ts says so loudly
          expect(`${run.stdout}${run.stderr}`.trim(), `${spec.groupName} / ${server.serverName}`).toBe('');
          expect(run.status).toBe(0);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('interfaceOfNic', () => {
  const address = (port: string, type: 'fixed' | 'floating' = 'fixed') => ({
    version: 4 as const,
    addr: '192.168.0.1',
    'OS-EXT-IPS:type': type,
    'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01',
    'OS-EXT-IPS:port_id': port,
  });
  const server = { addresses: { vpc: [address('first'), address('first', 'floating'), address('second')] } } as unknown as Server;

  it('names NICs eth0, eth1 in the order ECS lists them, skipping floating entries', () => {
    expect(interfaceOfNic(server, 'first')).toBe('eth0');
    expect(interfaceOfNic(server, 'second')).toBe('eth1');
    expect(interfaceOfNic(server, 'elsewhere')).toBeUndefined();
  });
});
