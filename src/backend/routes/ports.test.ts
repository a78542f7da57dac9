import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness } from '../test-harness';

const VIP = 'neutron:VIP_PORT';

async function setup() {
  const h = await makeHarness();
  const d = await demoProject(h);
  return { h, ...d };
}

describe('VIP ports: create', () => {
  it('creates a VIP on the first free address: DOWN, no device, fa:16:3e MAC, v1 shape without project_id', async () => {
    const { h, p, web } = await setup();
    const r = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: web.id, device_owner: VIP, name: 'vip-2' } });
    expect(r.status).toBe(200);
    const port = r.body.port;
    // .1 gateway, .11-.14 and .21 servers, .100 vip-web: the first free address is .2
    expect(port.fixed_ips).toEqual([{ subnet_id: web.neutron_subnet_id, ip_address: '192.168.0.2' }]);
    expect(port).toMatchObject({ device_id: '', device_owner: VIP, status: 'DOWN', network_id: web.id, allowed_address_pairs: [] });
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(port.project_id).toBeUndefined();
    expect(port.ip).toBeUndefined();
    const again = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: web.id, device_owner: VIP } });
    expect(again.body.port.fixed_ips[0].ip_address).toBe('192.168.0.3');
  });

  it('takes a given free address, and refuses used (VPC.0701, 409), reserved and outside ones (VPC.0705, 400)', async () => {
    const { h, p, web } = await setup();
    const make = (ip: string) => h.call('POST', `/v1/${p}/ports`, { port: { network_id: web.id, device_owner: VIP, fixed_ips: [{ subnet_id: web.neutron_subnet_id, ip_address: ip }] } });
    expect((await make('192.168.0.50')).status).toBe(200);
    const used = await make('192.168.0.11');
    expect(used.status).toBe(409);
    expect(used.body).toMatchObject({ code: 'VPC.0701', error_code: 'VPC.0701' });
    expect(used.body.message).toMatch(/ecs-web-01/);
    for (const ip of ['192.168.0.1', '192.168.0.253', '192.168.0.254', '192.168.0.255', '192.168.0.0', '192.168.1.5', 'nope']) {
      const r = await make(ip);
      expect(r.status, ip).toBe(400);
      expect(r.body.code, ip).toBe('VPC.0705');
    }
  });

  it('answers 409 VPC.0703 when the subnet is full', async () => {
    const { h, p, vpc } = await setup();
    const s = await h.call('POST', `/v1/${p}/subnets`, { subnet: { name: 'tiny', cidr: '192.168.9.0/28', gateway_ip: '192.168.9.1', vpc_id: vpc.id } });
    expect(s.status).toBe(200);
    // A /28 has 16 addresses, 5 reserved: 11 assignable.
    for (let i = 0; i < 11; i++) expect((await h.call('POST', `/v1/${p}/ports`, { port: { network_id: s.body.subnet.id, device_owner: VIP } })).status).toBe(200);
    const full = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: s.body.subnet.id, device_owner: VIP } });
    expect(full.status).toBe(409);
    expect(full.body.error_code).toBe('VPC.0703');
    expect(full.body.error_msg).toMatch(/tiny.*no free address/);
  });

  it('refuses device owners other than the VIP one, a foreign subnet_id and an unknown network', async () => {
    const { h, p, web, db } = await setup();
    const nicLike = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: web.id, device_owner: 'compute:cn-north-4a' } });
    expect(nicLike.status).toBe(400);
    expect(nicLike.body.code).toBe('VPC.2500');
    const mismatch = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: web.id, device_owner: VIP, fixed_ips: [{ subnet_id: db.neutron_subnet_id }] } });
    expect(mismatch.status).toBe(400);
    const unknown = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: 'no-such-subnet', device_owner: VIP } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('VPC.0202');
  });
});

describe('VIP ports: bind by allowed_address_pairs', () => {
  it('binds two NICs of the VIP subnet and indexes them; the NICs stay untouched (no check-off by the raw API)', async () => {
    const { h, p, vip, nic } = await setup();
    const n1 = nic('ecs-web-01');
    const n2 = nic('ecs-web-02');
    const r = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: n1.fixed_ips[0].ip_address }, { ip_address: n2.fixed_ips[0].ip_address, mac_address: n2.mac_address }] } });
    expect(r.status).toBe(200);
    expect(r.body.port.allowed_address_pairs).toEqual([{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12', mac_address: n2.mac_address }]);
    for (const n of [n1, n2]) {
      const after = (await h.call('GET', `/v1/${p}/ports/${n.id}`)).body.port;
      expect(after.allowed_address_pairs).toEqual([]);
      expect(after).toEqual(n);
    }
  });

  it('refuses a cross-subnet NIC with 400 VPC.2500 and the domain words, and changes nothing', async () => {
    const { h, p, vip, nic, db } = await setup();
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.13' }] } });
    const before = (await h.call('GET', `/v1/${p}/ports/${vip.id}`)).body.port;
    const dbNic = nic('ecs-db-02', db);
    const r = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, {
      port: { name: 'renamed', allowed_address_pairs: [{ ip_address: '192.168.0.11' }, { ip_address: dbNic.fixed_ips[0].ip_address }] },
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VPC.2500', error_code: 'VPC.2500' });
    expect(r.body.message).toBe(
      'ecs-db-02 (192.168.1.12) is in subnet subnet-db; a virtual IP can be bound only to servers in its own subnet (subnet-web).',
    );
    const after = (await h.call('GET', `/v1/${p}/ports/${vip.id}`)).body.port;
    expect(after).toEqual(before);
    expect(after.name).toBe('vip-web');
  });

  it.each([
    ['0.0.0.0/0', /single NIC addresses/],
    ['1.1.1.1/0', /single NIC addresses/],
    ['192.168.0.11/32', /single NIC addresses/],
    ['not-an-ip', /not an IPv4 address/],
    ['192.168.0.77', /No server NIC in subnet subnet-web has the address 192.168.0.77/],
    ['192.168.0.100', /virtual IP vip-web .* is not a server NIC/],
  ])('refuses the VIP pair %s', async (ip, words) => {
    const { h, p, vip } = await setup();
    const r = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: ip }] } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VPC.2500');
    expect(r.body.message).toMatch(words);
  });

  it('refuses a pair whose MAC is not the NIC\'s, and the same NIC twice', async () => {
    const { h, p, vip } = await setup();
    const mac = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11', mac_address: 'fa:16:3e:00:00:01' }] } });
    expect(mac.status).toBe(400);
    expect(mac.body.message).toMatch(/not the MAC of ecs-web-01/);
    const twice = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.11' }] } });
    expect(twice.status).toBe(400);
    expect(twice.body.message).toMatch(/already bound/);
  });

  it('unbinds with an empty list', async () => {
    const { h, p, vip } = await setup();
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } });
    const r = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [] } });
    expect(r.body.port.allowed_address_pairs).toEqual([]);
    expect((await h.call('DELETE', `/v1/${p}/ports/${vip.id}`)).status).toBe(204);
  });
});

describe('NIC ports: source/destination check', () => {
  it('takes the 1.1.1.1/0 sentinel and [] again, and refuses 0.0.0.0/0', async () => {
    const { h, p, nic } = await setup();
    const n = nic('ecs-web-01');
    const off = await h.call('PUT', `/v1/${p}/ports/${n.id}`, { port: { allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] } });
    expect(off.status).toBe(200);
    expect(off.body.port.allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
    const any = await h.call('PUT', `/v1/${p}/ports/${n.id}`, { port: { allowed_address_pairs: [{ ip_address: '0.0.0.0/0' }] } });
    expect(any.status).toBe(400);
    expect(any.body.message).toMatch(/1\.1\.1\.1\/0/);
    expect((await h.call('GET', `/v1/${p}/ports/${n.id}`)).body.port.allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
    const on = await h.call('PUT', `/v1/${p}/ports/${n.id}`, { port: { allowed_address_pairs: [] } });
    expect(on.body.port.allowed_address_pairs).toEqual([]);
    const junk = await h.call('PUT', `/v1/${p}/ports/${n.id}`, { port: { allowed_address_pairs: [{ ip_address: '10.0.0.0/99' }] } });
    expect(junk.status).toBe(400);
  });
});

describe('port delete', () => {
  it('refuses a NIC (delete the server), a bound VIP, and a VIP holding an EIP; deletes an unbound one', async () => {
    const { h, p, vip, nic, eips } = await setup();
    const n = nic('ecs-web-01');
    const nicDel = await h.call('DELETE', `/v1/${p}/ports/${n.id}`);
    expect(nicDel.status).toBe(409);
    expect(nicDel.body.message).toMatch(/NIC of server ecs-web-01; delete the server/);

    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } });
    const bound = await h.call('DELETE', `/v1/${p}/ports/${vip.id}`);
    expect(bound.status).toBe(409);
    expect(bound.body.message).toMatch(/bound to 1 NIC \(192\.168\.0\.11\); unbind it first/);
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [] } });

    await h.call('PUT', `/v1/${p}/publicips/${eips[0].id}`, { publicip: { port_id: vip.id } });
    const withEip = await h.call('DELETE', `/v1/${p}/ports/${vip.id}`);
    expect(withEip.status).toBe(409);
    expect(withEip.body.message).toMatch(/EIP .* unbind the EIP first/);
    await h.call('PUT', `/v1/${p}/publicips/${eips[0].id}`, { publicip: { port_id: '' } });

    expect((await h.call('DELETE', `/v1/${p}/ports/${vip.id}`)).status).toBe(204);
    expect((await h.call('GET', `/v1/${p}/ports/${vip.id}`)).status).toBe(404);
    expect((await h.call('DELETE', `/v1/${p}/ports/${vip.id}`)).body.code).toBe('VPC.2502');
  });
});

describe('port lists', () => {
  it('filters by network_id, device_id, device_owner, repeated fixed_ips and name', async () => {
    const { h, p, web, db, servers } = await setup();
    const ips = (r: { body: { ports: { fixed_ips: { ip_address: string }[] }[] } }) => r.body.ports.map((x) => x.fixed_ips[0].ip_address).sort();
    expect(ips(await h.call('GET', `/v1/${p}/ports?network_id=${db.id}`))).toEqual(['192.168.1.11', '192.168.1.12']);
    expect(ips(await h.call('GET', `/v1/${p}/ports?device_id=${servers['ecs-db-01'].id}`))).toEqual(['192.168.0.21', '192.168.1.11']);
    expect(ips(await h.call('GET', `/v1/${p}/ports?device_owner=${VIP}`))).toEqual(['192.168.0.100']);
    expect(ips(await h.call('GET', `/v1/${p}/ports?fixed_ips=ip_address=192.168.0.12&fixed_ips=ip_address=192.168.1.12`))).toEqual(['192.168.0.12', '192.168.1.12']);
    expect(ips(await h.call('GET', `/v1/${p}/ports?network_id=${web.id}&fixed_ips=ip_address=192.168.1.12`))).toEqual([]);
    expect(ips(await h.call('GET', `/v1/${p}/ports?name=VIP-W`))).toEqual(['192.168.0.100']);
    expect((await h.call('GET', `/v1/${p}/ports?fixed_ips=mac=1`)).status).toBe(400);
  });

  it('pages by marker in id order, and sorts by name on request', async () => {
    const { h, p } = await setup();
    const all = (await h.call('GET', `/v1/${p}/ports`)).body.ports.map((x: { id: string }) => x.id);
    expect(all).toEqual([...all].sort());
    expect(all.length).toBe(8);
    const first = (await h.call('GET', `/v1/${p}/ports?limit=3`)).body.ports.map((x: { id: string }) => x.id);
    const second = (await h.call('GET', `/v1/${p}/ports?limit=3&marker=${first[2]}`)).body.ports.map((x: { id: string }) => x.id);
    const third = (await h.call('GET', `/v1/${p}/ports?limit=3&marker=${second[2]}`)).body.ports.map((x: { id: string }) => x.id);
    expect([...first, ...second, ...third]).toEqual(all);
    const byName = (await h.call('GET', `/v1/${p}/ports?sort_key=name&sort_dir=desc&limit=1`)).body.ports;
    expect(byName[0].name).toBe('vip-web');
    expect((await h.call('GET', `/v1/${p}/ports?limit=0`)).status).toBe(400);
    expect((await h.call('GET', `/v1/${p}/ports?sort_key=mac`)).status).toBe(400);
    // By address, in numeric order (192.168.0.100 after 192.168.0.21, not before it as text would put it).
    const byIp = (await h.call('GET', `/v1/${p}/ports?sort_key=ip_address`)).body.ports.map((x: { fixed_ips: { ip_address: string }[] }) => x.fixed_ips[0].ip_address);
    const num = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
    expect(byIp).toEqual([...byIp].sort((a: string, b: string) => num(a) - num(b)));
    expect(byIp.indexOf('192.168.0.100')).toBeGreaterThan(byIp.indexOf('192.168.0.21'));
    const desc = (await h.call('GET', `/v1/${p}/ports?sort_key=ip_address&sort_dir=desc&limit=2`)).body.ports;
    expect(desc[0].fixed_ips[0].ip_address).toBe(byIp[byIp.length - 1]);
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail?sort_key=ip_address`)).status).toBe(400);
  });
});

describe('Neutron /v2.0/ports', () => {
  it('creates with 201, wraps the same resource, adds project_id, takes the project from X-Project-Id or the query', async () => {
    const { h, p, web } = await setup();
    const headers = { 'x-auth-token': 't', 'x-project-id': p };
    const created = await h.call('POST', '/v2.0/ports', { port: { network_id: web.id, device_owner: VIP, name: 'n-vip' } }, headers);
    expect(created.status).toBe(201);
    expect(created.body.port.project_id).toBe(p);
    const id = created.body.port.id;
    const v1 = await h.call('GET', `/v1/${p}/ports/${id}`);
    expect(v1.body.port.name).toBe('n-vip');
    const viaQuery = await h.call('GET', `/v2.0/ports/${id}?project_id=${p}`);
    expect(viaQuery.body.port.id).toBe(id);
    const updated = await h.call('PUT', `/v2.0/ports/${id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.14' }] } }, headers);
    expect(updated.status).toBe(200);
    expect(updated.body.port.allowed_address_pairs).toEqual([{ ip_address: '192.168.0.14' }]);
    const list = await h.call('GET', `/v2.0/ports?device_owner=${VIP}`, undefined, headers);
    expect(list.body.ports.map((x: { name: string }) => x.name).sort()).toEqual(['n-vip', 'vip-web']);
    expect((await h.call('GET', '/v2.0/ports')).status).toBe(400);
    await h.call('PUT', `/v2.0/ports/${id}`, { port: { allowed_address_pairs: [] } }, headers);
    expect((await h.call('DELETE', `/v2.0/ports/${id}`, undefined, headers)).status).toBe(204);
  });
});
