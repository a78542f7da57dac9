import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness, newProjectId } from '../test-harness';

async function setup() {
  const h = await makeHarness();
  return { h, ...(await demoProject(h)) };
}

const serverBody = (vpcId: string, subnetId: string, extra: Record<string, unknown> = {}) => ({
  server: { name: 'app', imageRef: 'img', flavorRef: 's6.large.2', vpcid: vpcId, nics: [{ subnet_id: subnetId }], root_volume: { volumetype: 'SSD' }, ...extra },
});

describe('ECS list', () => {
  it('pages with offset = page number, limit, count; newest first; no page overlaps', async () => {
    const { h, p } = await setup();
    const all = (await h.call('GET', `/v1/${p}/cloudservers/detail`)).body;
    expect(all.count).toBe(6);
    expect(all.servers.map((s: { name: string }) => s.name)).toEqual(['ecs-db-02', 'ecs-db-01', 'ecs-web-04', 'ecs-web-03', 'ecs-web-02', 'ecs-web-01']);
    const names = async (q: string) => (await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`)).body.servers.map((s: { name: string }) => s.name);
    expect(await names('limit=4&offset=1')).toEqual(['ecs-db-02', 'ecs-db-01', 'ecs-web-04', 'ecs-web-03']);
    expect(await names('limit=4&offset=2')).toEqual(['ecs-web-02', 'ecs-web-01']);
    expect(await names('limit=4&offset=3')).toEqual([]);
    expect(await names('name=WEB-0&limit=2&offset=2')).toEqual(['ecs-web-02', 'ecs-web-01']);
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail?name=web&limit=2`)).body.count).toBe(4);
    expect(await names('sort_key=name&sort_dir=asc&limit=2')).toEqual(['ecs-db-01', 'ecs-db-02']);
    expect(await names('ip_eq=192.168.0.21')).toEqual(['ecs-db-01']);
    expect(await names('ip=192.168.1.')).toEqual(['ecs-db-02', 'ecs-db-01']);
    for (const q of ['limit=0', 'limit=1001', 'offset=0', 'offset=x']) {
      const r = await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe('Ecs.0005');
    }
  });

  it('shows addresses keyed by VPC id, from the NICs, with a floating entry for a bound EIP', async () => {
    const { h, p, vpc, servers, nic, eips, db } = await setup();
    const dbServer = servers['ecs-db-01'];
    const addrs = dbServer.addresses[vpc.id];
    expect(addrs.map((a: { addr: string }) => a.addr)).toEqual(['192.168.1.11', '192.168.0.21']);
    expect(addrs[0]).toMatchObject({ version: 4, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS:port_id': nic('ecs-db-01', db).id, 'OS-EXT-IPS-MAC:mac_addr': nic('ecs-db-01', db).mac_address });
    expect(dbServer.metadata.vpc_id).toBe(vpc.id);
    await h.call('PUT', `/v1/${p}/publicips/${eips[0].id}`, { publicip: { port_id: nic('ecs-web-01').id } });
    const web01 = (await h.call('GET', `/v1/${p}/cloudservers/${servers['ecs-web-01'].id}`)).body.server;
    expect(web01.addresses[vpc.id]).toEqual([
      expect.objectContaining({ addr: '192.168.0.11', 'OS-EXT-IPS:type': 'fixed' }),
      expect.objectContaining({ addr: eips[0].public_ip_address, 'OS-EXT-IPS:type': 'floating' }),
    ]);
    const missing = await h.call('GET', `/v1/${p}/cloudservers/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'Ecs.0114', message: expect.stringMatching(/does not exist/) } });
  });

  it('gives a long page (joined in memory) the same views as each server alone', async () => {
    const { h, p, vpc, servers, nic, eips, db, web } = await setup();
    await h.call('PUT', `/v1/${p}/publicips/${eips[0].id}`, { publicip: { port_id: nic('ecs-web-01').id } });
    await h.call('PUT', `/v1/${p}/publicips/${eips[1].id}`, { publicip: { port_id: nic('ecs-db-01', db).id } });
    const created = await h.call('POST', `/v1/${p}/cloudservers`, serverBody(vpc.id, web.id, { count: 120 }));
    expect(created.status).toBe(200);
    const page = (await h.call('GET', `/v1/${p}/cloudservers/detail?limit=1000`)).body;
    expect(page.count).toBe(126);
    const alone = await Promise.all(page.servers.map(async (s: { id: string }) => (await h.call('GET', `/v1/${p}/cloudservers/${s.id}`)).body.server));
    expect(page.servers).toEqual(alone);
    const floating = page.servers.flatMap((s: { addresses: Record<string, { 'OS-EXT-IPS:type': string }[]> }) => Object.values(s.addresses).flat()).filter((a: { 'OS-EXT-IPS:type': string }) => a['OS-EXT-IPS:type'] === 'floating');
    expect(floating).toHaveLength(2);
    expect(page.servers.find((s: { id: string }) => s.id === servers['ecs-db-01'].id).addresses[vpc.id]).toHaveLength(3);
  });

  it('lists NICs as interfaceAttachments', async () => {
    const { h, p, servers, web, db } = await setup();
    const r = await h.call('GET', `/v1/${p}/cloudservers/${servers['ecs-db-01'].id}/os-interface`);
    expect(r.body.interfaceAttachments).toEqual([
      expect.objectContaining({ net_id: db.id, port_state: 'ACTIVE', fixed_ips: [{ subnet_id: db.neutron_subnet_id, ip_address: '192.168.1.11' }] }),
      expect.objectContaining({ net_id: web.id, fixed_ips: [{ subnet_id: web.neutron_subnet_id, ip_address: '192.168.0.21' }] }),
    ]);
  });
});

describe('ECS create, actions, jobs', () => {
  it('creates count servers named name-0001.. with one compute NIC each, and a SUCCESS job', async () => {
    const { h, p, vpc, web } = await setup();
    const r = await h.call('POST', `/v1/${p}/cloudservers`, serverBody(vpc.id, web.id, { count: 3, availability_zone: 'cn-north-4b' }));
    expect(r.status).toBe(200);
    expect(r.body.serverIds).toHaveLength(3);
    const job = await h.call('GET', `/v1/${p}/jobs/${r.body.job_id}`);
    expect(job.body).toMatchObject({ status: 'SUCCESS', job_id: r.body.job_id, entities: { sub_jobs_total: 3 } });
    const created = await Promise.all(r.body.serverIds.map(async (id: string) => (await h.call('GET', `/v1/${p}/cloudservers/${id}`)).body.server));
    expect(created.map((s) => s.name)).toEqual(['app-0001', 'app-0002', 'app-0003']);
    expect(created[0]).toMatchObject({ status: 'ACTIVE', 'OS-EXT-AZ:availability_zone': 'cn-north-4b', flavor: { vcpus: '2', ram: '4096' } });
    const nics = (await h.call('GET', `/v1/${p}/ports?device_id=${created[0].id}`)).body.ports;
    expect(nics).toHaveLength(1);
    expect(nics[0]).toMatchObject({ device_owner: 'compute:cn-north-4b', status: 'ACTIVE' });
    expect(nics[0].fixed_ips[0].ip_address).toBe('192.168.0.2');
    expect((await h.call('GET', `/v1/${p}/jobs/nope`)).body.error.code).toBe('Ecs.0114');
  });

  it('refuses a used IP (ECS form, 409), ip_address with count > 1, a subnet of another VPC and a bad name; nothing is created', async () => {
    const { h, p, vpc, web } = await setup();
    const other = (await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v2', cidr: '10.0.0.0/16' } })).body.vpc;
    const used = await h.call('POST', `/v1/${p}/cloudservers`, { server: { ...serverBody(vpc.id, web.id).server, nics: [{ subnet_id: web.id, ip_address: '192.168.0.11' }] } });
    expect(used.status).toBe(409);
    expect(used.body.error.code).toBe('Ecs.0409');
    expect(used.body.error.message).toMatch(/already used by server ecs-web-01/);
    const many = await h.call('POST', `/v1/${p}/cloudservers`, { server: { ...serverBody(vpc.id, web.id).server, count: 2, nics: [{ subnet_id: web.id, ip_address: '192.168.0.40' }] } });
    expect(many.status).toBe(400);
    expect((await h.call('POST', `/v1/${p}/cloudservers`, serverBody(other.id, web.id))).status).toBe(400);
    expect((await h.call('POST', `/v1/${p}/cloudservers`, { server: { ...serverBody(vpc.id, web.id).server, name: 'bad name' } })).status).toBe(400);
    const twoNicsSameIp = await h.call('POST', `/v1/${p}/cloudservers`, {
      server: { ...serverBody(vpc.id, web.id).server, nics: [{ subnet_id: web.id, ip_address: '192.168.0.40' }, { subnet_id: web.id, ip_address: '192.168.0.40' }] },
    });
    expect(twoNicsSameIp.status).toBe(409);
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.count).toBe(6);
    expect((await h.call('GET', `/v1/${p}/ports?fixed_ips=ip_address=192.168.0.40`)).body.ports).toEqual([]);
  });

  it('stops and starts servers', async () => {
    const { h, p, servers } = await setup();
    const id = servers['ecs-web-01'].id;
    const stop = await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-stop': { servers: [{ id }], type: 'SOFT' } });
    expect(stop.status).toBe(200);
    expect((await h.call('GET', `/v1/${p}/jobs/${stop.body.job_id}`)).body.status).toBe('SUCCESS');
    expect((await h.call('GET', `/v1/${p}/cloudservers/${id}`)).body.server).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4 });
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail?status=SHUTOFF`)).body.count).toBe(1);
    await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-start': { servers: [{ id }] } });
    expect((await h.call('GET', `/v1/${p}/cloudservers/${id}`)).body.server.status).toBe('ACTIVE');
    expect((await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-reboot': { servers: [{ id }] } })).status).toBe(400);
    expect((await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-stop': { servers: [{ id }, { id: 'nope' }] } })).status).toBe(404);
    expect((await h.call('GET', `/v1/${p}/cloudservers/${id}`)).body.server.status).toBe('ACTIVE');
  });
});

describe('ECS delete', () => {
  it('deletes the NICs, takes their IPs out of VIP pairs, unbinds EIPs on them, and leaves the rest', async () => {
    const { h, p, servers, vip, nic, eips } = await setup();
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.21' }] } });
    const web01Nic = nic('ecs-web-01');
    await h.call('PUT', `/v1/${p}/publicips/${eips[0].id}`, { publicip: { port_id: nic('ecs-db-01').id } });
    const r = await h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: servers['ecs-db-01'].id }] });
    expect(r.status).toBe(200);
    expect(r.body.job_id).toBeTruthy();
    expect((await h.call('GET', `/v1/${p}/ports/${vip.id}`)).body.port.allowed_address_pairs).toEqual([{ ip_address: '192.168.0.11' }]);
    expect((await h.call('GET', `/v1/${p}/ports?device_id=${servers['ecs-db-01'].id}`)).body.ports).toEqual([]);
    const eip = (await h.call('GET', `/v1/${p}/publicips/${eips[0].id}`)).body.publicip;
    expect(eip.status).toBe('DOWN');
    expect(eip.port_id).toBeUndefined();
    expect((await h.call('GET', `/v1/${p}/ports/${web01Nic.id}`)).status).toBe(200);
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.count).toBe(5);
    // The freed address can be used again.
    const reuse = await h.call('POST', `/v1/${p}/ports`, { port: { network_id: nic('ecs-web-01').network_id, device_owner: 'neutron:VIP_PORT', fixed_ips: [{ ip_address: '192.168.0.21' }] } });
    expect(reuse.status).toBe(200);
  });

  it('deletes nothing when one id is unknown', async () => {
    const { h, p, servers } = await setup();
    const r = await h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: servers['ecs-web-01'].id }, { id: 'nope' }] });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('Ecs.0114');
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.count).toBe(6);
  });

  it('an empty project lists no servers', async () => {
    const h = await makeHarness();
    expect((await h.call('GET', `/v1/${newProjectId()}/cloudservers/detail`)).body).toEqual({ count: 0, servers: [] });
  });
});
