/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit project files loosely, as a person editing one would */
import { describe, expect, it, vi } from 'vitest';
import { DEMO_PROJECT_ID, IMPORT_PROBLEMS_SHOWN, importProblemsOf, type ProjectFile } from '../../contract';
import { exportOf, idFree, importInto } from '../project-file/project-file-fixtures';
import { Tx } from '../store';
import { makeHarness, newProjectId, type Harness } from '../test-harness';

async function demoFile(h: Harness): Promise<ProjectFile> {
  return exportOf(h, DEMO_PROJECT_ID);
}

async function expectEmpty(h: Harness, p: string) {
  const file = await exportOf(h, p);
  for (const kind of ['vpcs', 'subnets', 'servers', 'ports', 'publicips', 'ha_groups'] as const) expect(file[kind]).toEqual([]);
}

/** Imports `file` into a fresh project and expects a 400 whose problems include each of `lines` (substrings); the project stays empty. */
async function expectRefused(h: Harness, file: unknown, ...lines: string[]): Promise<string[]> {
  const p = newProjectId();
  const r = await importInto(h, p, file);
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body).toMatchObject({ code: 'VPC.0002', error_code: 'VPC.0002' });
  expect(r.body.message).toMatch(/^The project file was not imported \(\d+ problems?; nothing was written\):\n- /);
  const problems = importProblemsOf(r.body.message);
  for (const line of lines) expect(problems.some((p) => p.includes(line)), `${line}\nin\n${problems.join('\n')}`).toBe(true);
  await expectEmpty(h, p);
  return problems;
}

const byName = (list: any[], name: string) => list.findIndex((o) => o.name === name);
const portAt = (file: any, ip: string) => file.ports.findIndex((p: any) => p.fixed_ips[0].ip_address === ip);

describe('project export and import (console extension)', () => {
  it('exports the demo project as one versioned file in wire shapes, without store fields or server addresses', async () => {
    const h = await makeHarness();
    const file = await demoFile(h);
    expect(file).toMatchObject({ format: 'vip-console-project', version: 1, project: { id: DEMO_PROJECT_ID } });
    expect([file.vpcs.length, file.subnets.length, file.servers.length, file.ports.length, file.publicips.length, file.ha_groups.length]).toEqual([1, 2, 6, 9, 3, 1]);
    const text = JSON.stringify(file);
    for (const field of ['"rev"', '"project_id"', '"pair_keys"', '"addresses"', '"network_id":""', '"vpc_id":""']) expect(text).not.toContain(field);
    expect(file.ports[0]).not.toHaveProperty('ip');
  });

  it('round trip: export A, import into an empty B of the same backend (ids renewed), export B: equal but for ids and project', async () => {
    const h = await makeHarness();
    const a = await demoFile(h);
    const b = newProjectId();
    const r = await importInto(h, b, a);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ imported: { vpcs: 1, subnets: 2, servers: 6, ports: 9, publicips: 3, ha_groups: 1 }, ids: 'renewed' });
    const exported = await exportOf(h, b);
    expect(idFree(exported)).toEqual(idFree(a));
    // No id of A is left in B, and B works like any project: its servers list shows their addresses.
    const ids = new Set([...a.servers, ...a.ports, ...a.subnets].map((o) => o.id));
    expect(JSON.stringify(exported).match(/[0-9a-f-]{36}/g)!.some((id) => ids.has(id))).toBe(false);
    const servers = (await h.call('GET', `/v1/${b}/cloudservers/detail?name=ecs-web-01`)).body.servers;
    expect(Object.values(servers[0].addresses).flat()).toContainEqual(expect.objectContaining({ addr: '192.168.0.11' }));
    const group = (await h.call('GET', `/console/v1/${b}/ha-groups`)).body.ha_groups[0];
    expect(group).toMatchObject({ name: 'ha-web', status: 'complete' });
    expect(exported.ports.map((p) => p.id)).toContain(group.vip_port_id);
  });

  it('keeps the ids when none is taken (another backend), and the export of the copy is the same file', async () => {
    const a = await demoFile(await makeHarness());
    const h2 = await makeHarness();
    const b = newProjectId();
    const r = await importInto(h2, b, a);
    expect(r.body.ids).toBe('kept');
    const copy = await exportOf(h2, b);
    const strip = (f: ProjectFile) => JSON.parse(JSON.stringify({ ...f, exported_at: '', project: {} }).replaceAll(a.project.id, 'P').replaceAll(b, 'P'));
    expect(strip(copy)).toEqual(strip(a));
  });

  it('round trip of the large set (600 servers over subnets of 250, bound VIPs, EIPs, an HA group)', async () => {
    const h = await makeHarness();
    const a = newProjectId();
    expect((await h.call('POST', `/console/v1/${a}/demo-data`, { action: 'load-large', servers: 600 })).status).toBe(200);
    const file = await exportOf(h, a);
    expect(file.servers).toHaveLength(600);
    const b = newProjectId();
    const r = await importInto(h, b, file);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(idFree(await exportOf(h, b))).toEqual(idFree(file));
    expect((await h.call('GET', `/v1/${b}/cloudservers/detail?limit=1`)).body.count).toBe(600);
  });

  it('refuses an import into a project that holds anything (409, naming what it holds), changing nothing', async () => {
    const h = await makeHarness();
    const file = await demoFile(h);
    const p = newProjectId();
    await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v', cidr: '10.0.0.0/16' } });
    const r = await importInto(h, p, file);
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'Console.ProjectNotEmpty', message: expect.stringContaining('it holds 1 VPC.') });
    expect((await exportOf(h, p)).vpcs).toHaveLength(1);
    expect((await importInto(h, DEMO_PROJECT_ID, file)).body.message).toContain('6 servers, 9 ports, 3 EIPs and 1 HA group');
  });

  it('refuses __proto__, constructor and prototype keys anywhere, before the schema, naming each path', async () => {
    const h = await makeHarness();
    const file = await demoFile(h);
    const text = JSON.stringify(file)
      .replace('"allowed_address_pairs":[{"ip_address":"1.1.1.1/0"}]', '"allowed_address_pairs":[{"ip_address":"1.1.1.1/0","__proto__":{"admin":true}}]')
      .replace('"format":', '"constructor":{"prototype":1},"format":')
      .replace('"routes":[]', '"routes":[{"deep":[[{"prototype":{}}]]}]');
    const problems = await expectRefused(h, text, 'constructor: the key "constructor" is not allowed', 'vpcs[0].routes[0].deep[0][0].prototype: the key');
    expect(problems.some((p) => /^ports\[\d+\]\.allowed_address_pairs\[0\]\.__proto__: /.test(p))).toBe(true);
    expect(problems).toHaveLength(3);
  });

  it('refuses what is not a project file of this version, listing schema problems as path: reason', async () => {
    const h = await makeHarness();
    const file: any = await demoFile(h);
    for (const [body, line] of [
      ['', 'The request body is empty'],
      ['{"format":', 'not valid JSON'],
    ] as const) {
      const r = await importInto(h, newProjectId(), body);
      expect(r.status).toBe(400);
      expect(r.body.message).toContain(line);
    }
    await expectRefused(h, [], 'body: expected an object, got an array');
    await expectRefused(h, { ...file, version: 2 }, 'version: expected 1, got number 2');
    await expectRefused(h, { ...file, format: 'vip-console-store' }, 'format: expected "vip-console-project"');
    const bad = structuredClone(file);
    delete bad.vpcs[0].cidr;
    bad.servers[1].name = 'x'.repeat(65);
    bad.ports[0].fixed_ips = [];
    bad.subnets[0].id = 'a/b';
    bad.ha_groups[0].members[0].priority = 300;
    bad.publicips[0].bandwidth_size = 0;
    bad.ports[1].mac_address = 'fa:16:3e';
    await expectRefused(
      h,
      bad,
      'vpcs[0].cidr is required',
      'servers[1].name: use at most 64 characters',
      'ports[0].fixed_ips: ',
      'subnets[0].id: use letters, digits',
      'ha_groups[0].members[0].priority: ',
      'publicips[0].bandwidth_size: ',
      'ports[1].mac_address: use a MAC address like fa:16:3e:12:34:56',
    );
  });

  it('refuses each broken reference or domain rule, naming its path, and writes nothing', async () => {
    const h = await makeHarness();
    const file: any = await demoFile(h);
    const edit = (change: (f: any) => void) => {
      const f = structuredClone(file);
      change(f);
      return f;
    };
    const web = byName(file.subnets, 'subnet-web');
    const db = byName(file.subnets, 'subnet-db');
    const nic11 = portAt(file, '192.168.0.11');
    const vipHa = portAt(file, '192.168.0.50');
    const cases: [string, (f: any) => void, string][] = [
      ['duplicate id', (f) => (f.servers[1].id = f.servers[0].id), `servers[1].id: "${file.servers[0].id}" is also the id of servers[0]`],
      ['VPC CIDR', (f) => (f.vpcs[0].cidr = '8.8.0.0/16'), 'vpcs[0].cidr: Use a private range'],
      ['subnet VPC', (f) => (f.subnets[db].vpc_id = 'nope'), `subnets[${db}].vpc_id: no VPC of the file has the id nope`],
      ['subnet outside VPC', (f) => (f.subnets[db].cidr = '10.1.0.0/24'), `subnets[${db}].cidr: The subnet must lie inside the CIDR of VPC vpc-demo`],
      ['subnets overlap', (f) => (f.subnets[Math.max(web, db)].cidr = '192.168.0.0/23'), 'The CIDR overlaps subnet'],
      ['gateway', (f) => (f.subnets[web].gateway_ip = '192.168.0.255'), `subnets[${web}].gateway_ip: The gateway cannot be the network or the broadcast address`],
      ['port subnet', (f) => (f.ports[nic11].network_id = 'nope'), `ports[${nic11}].network_id: no subnet of the file has the id nope`],
      ['fixed IP subnet', (f) => (f.ports[nic11].fixed_ips[0].subnet_id = f.subnets[db].neutron_subnet_id), `ports[${nic11}].fixed_ips[0].subnet_id: `],
      ['IP outside', (f) => (f.ports[nic11].fixed_ips[0].ip_address = '192.168.9.4'), `ports[${nic11}].fixed_ips[0].ip_address: 192.168.9.4 is not in subnet subnet-web (192.168.0.0/24)`],
      ['IP reserved', (f) => (f.ports[nic11].fixed_ips[0].ip_address = '192.168.0.254'), `ports[${nic11}].fixed_ips[0].ip_address: 192.168.0.254 is reserved in subnet subnet-web`],
      ['IP twice', (f) => (f.ports[vipHa].fixed_ips[0].ip_address = '192.168.0.11'), '192.168.0.11 is already used by '],
      ['NIC server', (f) => (f.ports[nic11].device_id = 'nope'), `ports[${nic11}].device_id: no server of the file has the id nope`],
      ['server without NIC', (f) => (f.ports[nic11].device_owner = 'neutron:VIP_PORT'), `servers[${byName(file.servers, 'ecs-web-01')}]: server ecs-web-01 has no NIC`],
      ['device owner', (f) => (f.ports[nic11].device_owner = 'network:router'), `ports[${nic11}].device_owner: "network:router" is none of`],
      ['server VPC', (f) => (f.servers[0].metadata.vpc_id = 'nope'), 'servers[0].metadata.vpc_id: no VPC of the file has the id nope'],
      ['EIP port', (f) => (f.publicips[0].port_id = 'nope'), 'publicips[0].port_id: no port of the file has the id nope'],
      ['two EIPs on a port', (f) => f.publicips.forEach((e: any) => (e.port_id = f.ports[vipHa].id)), 'only one EIP can be bound to it'],
      ['EIP address', (f) => (f.publicips[1].public_ip_address = f.publicips[0].public_ip_address), 'publicips[1].public_ip_address: '],
      ['VIP pair not a NIC', (f) => (f.ports[vipHa].allowed_address_pairs = [{ ip_address: '192.168.0.99' }]), `ports[${vipHa}].allowed_address_pairs[0].ip_address: No server NIC in subnet subnet-web has the address 192.168.0.99`],
      ['VIP pair in another subnet', (f) => (f.ports[vipHa].allowed_address_pairs = [{ ip_address: '192.168.1.12' }]), 'a virtual IP can be bound only to servers in its own subnet'],
      ['NIC pair 0.0.0.0/0', (f) => (f.ports[nic11].allowed_address_pairs = [{ ip_address: '0.0.0.0/0' }]), `ports[${nic11}].allowed_address_pairs[0].ip_address: 0.0.0.0/0 is refused`],
      // Checked once written, under new ids: the refusal still names the file's.
      ['HA VIP', (f) => (f.ha_groups[0].vip_port_id = f.ports[nic11].id), `ha_groups[0].vip_port_id: port ${file.ports[nic11].id} is not a virtual IP`],
      ['HA member not bound', (f) => (f.ports[vipHa].allowed_address_pairs = f.ports[vipHa].allowed_address_pairs.slice(0, 1)), 'ha_groups[0].members[1]: ecs-web-02 (192.168.0.12) is not bound to virtual IP 192.168.0.50'],
      ['HA member server', (f) => (f.ha_groups[0].members[0].server_id = 'nope'), 'ha_groups[0].members[0].server_id: no server of the file has the id nope'],
    ];
    for (const [what, change, line] of cases) {
      await expectRefused(h, edit(change), line).catch((e: Error) => {
        throw new Error(`${what}: ${e.message}`);
      });
    }
    // A NIC's check-off pair is allowed: the demo's own file has them, and imports.
    expect(file.ports.filter((p: any) => p.allowed_address_pairs.some((x: any) => x.ip_address === '1.1.1.1/0'))).toHaveLength(2);
  });

  it('answers odd bodies with a 400, never a 500', async () => {
    const h = await makeHarness();
    const file: any = await demoFile(h);
    const odd: unknown[] = [
      'null',
      '5',
      '"text"',
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      `{"a":${'{"b":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      { ...file, servers: Array.from({ length: 60_000 }, () => 1) },
      { ...file, vpcs: 'many' },
      { ...file, ports: [{ ...file.ports[0], fixed_ips: [{ subnet_id: 5 }] }] },
      { ...file, ha_groups: [{ ...file.ha_groups[0], members: null }] },
    ];
    for (const body of odd) {
      const r = await importInto(h, newProjectId(), body);
      expect(r.status, String(body).slice(0, 40)).toBe(400);
      expect(JSON.stringify(r.body).length).toBeLessThan(20_000);
    }
  });

  it(`lists at most ${IMPORT_PROBLEMS_SHOWN} problems and counts the rest`, async () => {
    const h = await makeHarness();
    const file: any = await demoFile(h);
    file.servers = Array.from({ length: 80 }, (_, i) => ({ ...file.servers[0], id: `s${i}`, name: `bad name ${i}` }));
    const r = await importInto(h, newProjectId(), file);
    const lines = importProblemsOf(r.body.message);
    expect(lines).toHaveLength(IMPORT_PROBLEMS_SHOWN + 1);
    expect(lines.at(-1)).toMatch(/^and \d+ more$/);
    expect(r.body.message).toMatch(/\(\d{3} problems; nothing was written\)/);
  });

  it('is all or nothing: a failure inside the write transaction leaves the project empty', async () => {
    const h = await makeHarness();
    const file = await demoFile(h);
    const p = newProjectId();
    const original = Tx.prototype.putMany;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const spy = vi.spyOn(Tx.prototype, 'putMany').mockImplementation(function (this: Tx, store, values) {
      if (store === 'ha_groups') throw new Error('disk full');
      return original.call(this, store, values as never);
    });
    try {
      const r = await importInto(h, p, file);
      expect(r.status).toBe(500);
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }
    await expectEmpty(h, p);
    expect((await importInto(h, p, file)).status).toBe(200);
  });

  it('takes a file over 1 MiB on the import route only, up to 64 MiB', async () => {
    const h = await makeHarness();
    const file = await demoFile(h);
    const padded = JSON.stringify(file).replace('{', `{${' '.repeat(2 * 1024 * 1024)}`);
    expect((await importInto(h, newProjectId(), padded)).status).toBe(200);
    expect((await h.call('POST', `/v1/${newProjectId()}/vpcs`, padded)).status).toBe(413);
    const huge = await importInto(h, newProjectId(), `${padded}${' '.repeat(64 * 1024 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(huge.body.message).toContain('send at most 67108864 bytes (64 MiB)');
  });
});
