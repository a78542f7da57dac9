/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies are built loosely, as a client would */
import { describe, expect, it } from 'vitest';
import { makeHarness, newProjectId } from './test-harness';

const HUGE = 'x'.repeat(2 * 1024 * 1024);
/** Under the 1 MiB body limit, so the schema, not the body-size guard, must refuse it. */
const LONG = 'x'.repeat(900 * 1024);
const ID = 'a1b2c3d4';

/** A valid-looking body for each writeable route, and every string field in it (path segments). */
const haGroup = () => ({
  name: 'ha-1',
  mode: 'ha',
  vip_port_id: ID,
  eip_id: ID,
  members: [{ server_id: ID, port_id: ID, role: 'active', priority: 150 }],
  virtual_router_id: 51,
  service: { protocol: 'TCP', port: 80, scheduler: 'rr', persistence_timeout: 0, health_check: { type: 'HTTP', path: '/healthz' } },
  status: 'incomplete',
  check_command: '/usr/bin/true',
  apply_plan: [{ id: 's1', kind: 'bind-vip', label: 'Bind', port_id: ID, ips: ['10.0.0.1'], ip: '10.0.0.1', name: 'n', eip_id: ID }],
  apply_log: [{ step: 's1', state: 'applied', at: '2026-01-01T00:00:00Z', resource_id: ID, ips: ['10.0.0.1'] }],
});
const haGroupFields = [
  'name', 'mode', 'vip_port_id', 'eip_id', 'members.0.server_id', 'members.0.port_id', 'members.0.role', 'service.protocol',
  'service.scheduler', 'service.health_check.path', 'status', 'check_command', 'apply_plan.0.id', 'apply_plan.0.kind', 'apply_plan.0.label',
  'apply_plan.0.port_id', 'apply_plan.0.ips.0', 'apply_plan.0.ip', 'apply_plan.0.name', 'apply_plan.0.eip_id', 'apply_log.0.step',
  'apply_log.0.state', 'apply_log.0.at', 'apply_log.0.resource_id', 'apply_log.0.ips.0',
].map((f) => `ha_group.${f}`);

const portBody = () => ({
  port: {
    network_id: ID,
    name: 'vip',
    device_owner: 'neutron:VIP_PORT',
    fixed_ips: [{ subnet_id: ID, ip_address: '10.0.0.5' }],
    security_groups: [ID],
    allowed_address_pairs: [{ ip_address: '10.0.0.6', mac_address: 'fa:16:3e:00:00:01' }],
  },
});
const portFields = ['network_id', 'name', 'device_owner', 'fixed_ips.0.subnet_id', 'fixed_ips.0.ip_address', 'security_groups.0', 'allowed_address_pairs.0.ip_address', 'allowed_address_pairs.0.mac_address'].map((f) => `port.${f}`);
const portUpdateFields = ['name', 'security_groups.0', 'allowed_address_pairs.0.ip_address', 'allowed_address_pairs.0.mac_address'].map((f) => `port.${f}`);

const CASES: { method: string; path: string; body: () => any; fields: string[] }[] = [
  {
    method: 'POST',
    path: 'v1/P/vpcs',
    body: () => ({ vpc: { name: 'v', cidr: '10.0.0.0/16', description: 'd', enterprise_project_id: '0' } }),
    fields: ['vpc.name', 'vpc.cidr', 'vpc.description', 'vpc.enterprise_project_id'],
  },
  { method: 'PUT', path: `v1/P/vpcs/${ID}`, body: () => ({ vpc: { name: 'v', cidr: '10.0.0.0/16', description: 'd' } }), fields: ['vpc.name', 'vpc.cidr', 'vpc.description'] },
  {
    method: 'POST',
    path: 'v1/P/subnets',
    body: () => ({
      subnet: { name: 's', cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1', vpc_id: ID, description: 'd', primary_dns: '1.1.1.1', secondary_dns: '8.8.8.8', availability_zone: 'az1' },
    }),
    fields: ['name', 'cidr', 'gateway_ip', 'vpc_id', 'description', 'primary_dns', 'secondary_dns', 'availability_zone'].map((f) => `subnet.${f}`),
  },
  {
    method: 'PUT',
    path: `v1/P/vpcs/${ID}/subnets/${ID}`,
    body: () => ({ subnet: { name: 's', description: 'd', primary_dns: '1.1.1.1', secondary_dns: '8.8.8.8' } }),
    fields: ['name', 'description', 'primary_dns', 'secondary_dns'].map((f) => `subnet.${f}`),
  },
  { method: 'POST', path: 'v1/P/ports', body: portBody, fields: portFields },
  { method: 'PUT', path: `v1/P/ports/${ID}`, body: portBody, fields: portUpdateFields },
  { method: 'POST', path: 'v2.0/ports', body: portBody, fields: portFields },
  { method: 'PUT', path: `v2.0/ports/${ID}`, body: portBody, fields: portUpdateFields },
  {
    method: 'POST',
    path: 'v1/P/publicips',
    body: () => ({ publicip: { type: '5_bgp', alias: 'e' }, bandwidth: { name: 'bw', size: 5, share_type: 'PER', charge_mode: 'bandwidth' } }),
    fields: ['publicip.type', 'publicip.alias', 'bandwidth.name', 'bandwidth.share_type', 'bandwidth.charge_mode'],
  },
  { method: 'PUT', path: `v1/P/publicips/${ID}`, body: () => ({ publicip: { port_id: ID, alias: 'e' } }), fields: ['publicip.port_id', 'publicip.alias'] },
  {
    method: 'POST',
    path: 'v1/P/cloudservers',
    body: () => ({
      server: { name: 's', imageRef: ID, flavorRef: ID, vpcid: ID, nics: [{ subnet_id: ID, ip_address: '10.0.0.9' }], root_volume: { volumetype: 'SSD' }, availability_zone: 'az1' },
    }),
    fields: ['name', 'imageRef', 'flavorRef', 'vpcid', 'nics.0.subnet_id', 'nics.0.ip_address', 'root_volume.volumetype', 'availability_zone'].map((f) => `server.${f}`),
  },
  { method: 'POST', path: 'v1/P/cloudservers/delete', body: () => ({ servers: [{ id: ID }] }), fields: ['servers.0.id'] },
  { method: 'POST', path: 'v1/P/cloudservers/action', body: () => ({ 'os-stop': { servers: [{ id: ID }], type: 'SOFT' } }), fields: ['os-stop.servers.0.id', 'os-stop.type'] },
  { method: 'POST', path: 'console/v1/P/ha-groups', body: () => ({ ha_group: haGroup() }), fields: haGroupFields },
  { method: 'PUT', path: `console/v1/P/ha-groups/${ID}`, body: () => ({ ha_group: haGroup() }), fields: haGroupFields },
  { method: 'POST', path: 'console/v1/P/demo-data', body: () => ({ action: 'reset' }), fields: ['action'] },
];

function setAt(body: any, path: string, value: unknown) {
  const keys = path.split('.');
  let at = body;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys[keys.length - 1]] = value;
}

/** `port.fixed_ips[0].ip_address`, as the error message writes a path. */
const pathText = (path: string) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

describe('limits at the API', () => {
  it.each(CASES.flatMap((c) => c.fields.map((field) => [`${c.method} /${c.path}`, field, c] as const)))(
    '%s refuses a 2 MB string, and one of 900 KB, in %s; the 400 names the field',
    async (_, field, c) => {
      const h = await makeHarness();
      const p = newProjectId();
      const send = (text: string) => {
        const body = c.body();
        setAt(body, field, text);
        return h.call(c.method, `/${c.path.replace('/P/', `/${p}/`)}`, body, { 'x-auth-token': 't', 'x-project-id': p });
      };
      // 2 MB: refused whole, by the field's bound (400) or by the body-size guard where there is one (413).
      const huge = await send(HUGE);
      expect([400, 413]).toContain(huge.status);
      expect(JSON.stringify(huge.body).length).toBeLessThan(2000);
      const r = await send(LONG);
      expect(r.status).toBe(400);
      const message: string = r.body.message ?? r.body.error?.message;
      expect(message).toContain(`${pathText(field)}: `);
      expect(JSON.stringify(r.body).length).toBeLessThan(2000);
    },
  );

  it('names the limit: name 64, description 255', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const long = await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v'.repeat(65), cidr: '10.0.0.0/16' } });
    expect(long.status).toBe(400);
    expect(long.body.message).toBe('vpc.name: use at most 64 characters.');
    const desc = await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16', description: 'd'.repeat(256) } });
    expect(desc.body.message).toBe('vpc.description: use at most 255 characters.');
    const ok = await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v'.repeat(64), cidr: '10.0.0.0/16', description: 'd'.repeat(255) } });
    expect(ok.status).toBe(200);
  });

  const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));
  it.each([
    ['v1/P/cloudservers', 'server.nics', 12, (b: any, n: number) => (b.server.nics = many(n, () => ({ subnet_id: ID })))],
    ['v1/P/ports', 'port.allowed_address_pairs', 100, (b: any, n: number) => (b.port.allowed_address_pairs = many(n, (i) => ({ ip_address: `10.0.${i >> 8}.${i & 255}` })))],
    ['v1/P/ports', 'port.security_groups', 10, (b: any, n: number) => (b.port.security_groups = many(n, (i) => `sg-${i}`))],
    ['v1/P/ports', 'port.fixed_ips', 1, (b: any, n: number) => (b.port.fixed_ips = many(n, () => ({ subnet_id: ID })))],
    ['v1/P/cloudservers/delete', 'servers', 1000, (b: any, n: number) => (b.servers = many(n, (i) => ({ id: `s${i}` })))],
    ['console/v1/P/ha-groups', 'ha_group.members', 64, (b: any, n: number) => (b.ha_group.members = many(n, (i) => ({ server_id: `s${i}`, port_id: ID, role: 'standby', priority: 1 + (i % 254) })))],
  ] as const)('POST /%s refuses more than the limit of %s (%i) with a 400 naming it', async (path, field, limit, fill) => {
    const h = await makeHarness();
    const p = newProjectId();
    const c = CASES.find((x) => x.method === 'POST' && x.path === path)!;
    const body = c.body();
    fill(body, limit + 1);
    const r = await h.call('POST', `/${path.replace('/P/', `/${p}/`)}`, body);
    expect(r.status).toBe(400);
    expect(r.body.message ?? r.body.error?.message).toBe(`${field}: use at most ${limit} items.`);
  });

  it.each([
    ['bandwidth.size', 5000, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 5000 is too large'],
    ['bandwidth.size', -5, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; -5 is too small'],
    ['bandwidth.size', 1.5, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 1.5 is not a whole number'],
  ])('refuses %s = %s with the form’s words', async (field, value, words) => {
    const h = await makeHarness();
    const p = newProjectId();
    const body = CASES.find((x) => x.path === 'v1/P/publicips' && x.method === 'POST')!.body();
    setAt(body, field, value);
    const r = await h.call('POST', `/v1/${p}/publicips`, body);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(`${field}: ${words}.`);
  });

  it.each([
    ['ha_group.service.port', 70000, 'Port must be a whole number from 1 to 65535; 70000 is too large'],
    ['ha_group.members.0.priority', 300, 'Priority must be a whole number from 1 to 254; 300 is too large'],
    ['ha_group.virtual_router_id', -3, 'virtual_router_id must be a whole number from 1 to 255; -3 is too small'],
    ['ha_group.advert_int', 256, 'Advertisement interval must be a whole number from 1 to 255 seconds; 256 is too large'],
    ['ha_group.service.persistence_timeout', 1.5, 'Persistence timeout must be a whole number from 0 to 86400 seconds; 1.5 is not a whole number'],
  ])('an HA group refuses %s = %s', async (field, value, words) => {
    const h = await makeHarness();
    const p = newProjectId();
    const body = { ha_group: haGroup() };
    setAt(body, field, value);
    const r = await h.call('POST', `/console/v1/${p}/ha-groups`, body);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(`${pathText(field)}: ${words}.`);
  });

  it('refuses a server count over 500', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const body = CASES.find((x) => x.path === 'v1/P/cloudservers')!.body();
    body.server.count = 501;
    const r = await h.call('POST', `/v1/${p}/cloudservers`, body);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('server.count: Server count must be a whole number from 1 to 500; 501 is too large.');
  });
});
