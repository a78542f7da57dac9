import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness, newProjectId } from '../test-harness';

describe('VPCs', () => {
  it('creates, shows, updates, lists and deletes a VPC with Huawei field names', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const created = await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'vpc-a', cidr: '10.0.0.0/16', description: 'A' } });
    expect(created.status).toBe(200);
    const vpc = created.body.vpc;
    expect(vpc).toMatchObject({ name: 'vpc-a', cidr: '10.0.0.0/16', description: 'A', status: 'OK', routes: [], enterprise_project_id: '0', tenant_id: p });
    expect(Object.keys(vpc).sort()).toEqual(['cidr', 'created_at', 'description', 'enterprise_project_id', 'id', 'name', 'routes', 'status', 'tenant_id', 'updated_at']);
    expect((await h.call('GET', `/v1/${p}/vpcs/${vpc.id}`)).body.vpc).toEqual(vpc);
    const renamed = await h.call('PUT', `/v1/${p}/vpcs/${vpc.id}`, { vpc: { name: 'vpc-b', cidr: '10.0.0.0/8' } });
    expect(renamed.body.vpc).toMatchObject({ name: 'vpc-b', cidr: '10.0.0.0/8' });
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-b']);
    expect((await h.call('DELETE', `/v1/${p}/vpcs/${vpc.id}`)).status).toBe(204);
    expect((await h.call('GET', `/v1/${p}/vpcs/${vpc.id}`)).body).toMatchObject({ code: 'VPC.0003', error_code: 'VPC.0003' });
  });

  it('defaults the CIDR to 192.168.0.0/16 and refuses bad names and CIDRs with 400 VPC.0002', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    expect((await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'v' } })).body.vpc.cidr).toBe('192.168.0.0/16');
    for (const [vpc, words] of [
      [{ name: 'has space', cidr: '10.0.0.0/16' }, /letters, digits/],
      [{ name: '', cidr: '10.0.0.0/16' }, /Enter a name/],
      [{ name: 'v', cidr: '8.8.8.0/24' }, /private range/],
      [{ name: 'v', cidr: '10.0.0.1/16' }, /use 10\.0\.0\.0\/16/],
      [{ name: 'v', cidr: '10.0.0.0/28' }, /no smaller than a \/24/],
    ] as const) {
      const r = await h.call('POST', `/v1/${p}/vpcs`, { vpc });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('VPC.0002');
      expect(r.body.message).toMatch(words);
    }
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.length).toBe(1);
  });

  it('refuses to delete a VPC with subnets (409 VPC.0104) and a CIDR change that strands a subnet', async () => {
    const h = await makeHarness();
    const { p, vpc } = await demoProject(h);
    const r = await h.call('DELETE', `/v1/${p}/vpcs/${vpc.id}`);
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'VPC.0104', error_code: 'VPC.0104' });
    expect(r.body.message).toMatch(/still has 2 subnets \(subnet-(web|db), subnet-(web|db)\); delete them first/);
    const shrink = await h.call('PUT', `/v1/${p}/vpcs/${vpc.id}`, { vpc: { cidr: '192.168.1.0/24' } });
    expect(shrink.status).toBe(400);
    expect(shrink.body.message).toMatch(/subnet-web \(192\.168\.0\.0\/24\) would lie outside/);
  });

  it('pages VPCs by marker and filters by name', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    for (let i = 0; i < 5; i++) await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: `vpc-${i}`, cidr: '10.0.0.0/16' } });
    const all = (await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs;
    const page1 = (await h.call('GET', `/v1/${p}/vpcs?limit=2`)).body.vpcs;
    const page3 = (await h.call('GET', `/v1/${p}/vpcs?limit=2&marker=${all[3].id}`)).body.vpcs;
    expect(page1).toEqual(all.slice(0, 2));
    expect(page3).toEqual(all.slice(4));
    expect((await h.call('GET', `/v1/${p}/vpcs?name=VPC-3`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-3']);
    const newest = (await h.call('GET', `/v1/${p}/vpcs?sort_key=created_at&sort_dir=desc&limit=1`)).body.vpcs;
    expect(newest[0].name).toBe('vpc-4');
  });
});

describe('subnets', () => {
  it('creates a subnet with id = neutron_network_id and a separate neutron_subnet_id', async () => {
    const h = await makeHarness();
    const { p, vpc } = await demoProject(h);
    const r = await h.call('POST', `/v1/${p}/subnets`, { subnet: { name: 'subnet-app', cidr: '192.168.2.0/24', gateway_ip: '192.168.2.1', vpc_id: vpc.id } });
    expect(r.status).toBe(200);
    const s = r.body.subnet;
    expect(s.id).toBe(s.neutron_network_id);
    expect(s.neutron_subnet_id).not.toBe(s.id);
    expect(s).toMatchObject({ status: 'ACTIVE', dhcp_enable: true, vpc_id: vpc.id, gateway_ip: '192.168.2.1', availability_zone: 'cn-north-4a' });
    expect((await h.call('GET', `/v1/${p}/subnets/${s.id}`)).body.subnet).toEqual(s);
    const inVpc = await h.call('GET', `/v1/${p}/subnets?vpc_id=${vpc.id}`);
    expect(inVpc.body.subnets.map((x: { name: string }) => x.name).sort()).toEqual(['subnet-app', 'subnet-db', 'subnet-web']);
    expect((await h.call('GET', `/v1/${p}/subnets?vpc_id=other`)).body.subnets).toEqual([]);
  });

  it.each([
    [{ cidr: '192.168.0.128/25', gateway_ip: '192.168.0.129' }, /overlaps subnet subnet-web/],
    [{ cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1' }, /inside the CIDR of VPC vpc-demo/],
    [{ cidr: '192.168.5.0/29', gateway_ip: '192.168.5.1' }, /no smaller than a \/28/],
    [{ cidr: '192.168.5.0/24', gateway_ip: '192.168.6.1' }, /gateway must lie in/],
    [{ cidr: '192.168.5.0/24', gateway_ip: '192.168.5.255' }, /network or the broadcast/],
  ])('refuses %j with 400 VPC.0002', async (fields, words) => {
    const h = await makeHarness();
    const { p, vpc } = await demoProject(h);
    const r = await h.call('POST', `/v1/${p}/subnets`, { subnet: { name: 'x', vpc_id: vpc.id, ...fields } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VPC.0002');
    expect(r.body.message).toMatch(words);
  });

  it('refuses a subnet in an unknown VPC with 404', async () => {
    const h = await makeHarness();
    const r = await h.call('POST', `/v1/${newProjectId()}/subnets`, { subnet: { name: 'x', vpc_id: 'nope', cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1' } });
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('VPC.0003');
  });

  it('updates and deletes through /vpcs/{vpc_id}/subnets/{id}; delete is refused while ports exist, saying how many', async () => {
    const h = await makeHarness();
    const { p, vpc, web, db } = await demoProject(h);
    const upd = await h.call('PUT', `/v1/${p}/vpcs/${vpc.id}/subnets/${web.id}`, { subnet: { name: 'subnet-front', primary_dns: '8.8.8.8' } });
    expect(upd.body.subnet).toMatchObject({ name: 'subnet-front', primary_dns: '8.8.8.8', cidr: web.cidr });
    expect((await h.call('PUT', `/v1/${p}/vpcs/other/subnets/${web.id}`, { subnet: { name: 'x' } })).status).toBe(404);
    const busy = await h.call('DELETE', `/v1/${p}/vpcs/${vpc.id}/subnets/${web.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.message).toBe('Subnet subnet-front still has 5 server NICs and 1 virtual IP; delete the servers and delete the virtual IPs first.');
    const fresh = await h.call('POST', `/v1/${p}/subnets`, { subnet: { name: 'empty', cidr: '192.168.7.0/24', gateway_ip: '192.168.7.1', vpc_id: vpc.id } });
    expect((await h.call('DELETE', `/v1/${p}/vpcs/${vpc.id}/subnets/${fresh.body.subnet.id}`)).status).toBe(204);
    expect((await h.call('GET', `/v1/${p}/subnets/${fresh.body.subnet.id}`)).status).toBe(404);
    expect(db.id).toBeTruthy();
  });
});

describe('private IPs', () => {
  it('lists reserved addresses, NICs and VIPs of a subnet in address order, with paging', async () => {
    const h = await makeHarness();
    const { p, web, vip } = await demoProject(h);
    const r = await h.call('GET', `/v1/${p}/subnets/${web.id}/privateips`);
    expect(r.status).toBe(200);
    const rows = r.body.privateips as { id: string; ip_address: string; device_owner: string; subnet_id: string }[];
    expect(rows.map((x) => x.ip_address)).toEqual([
      '192.168.0.0',
      '192.168.0.1',
      '192.168.0.11',
      '192.168.0.12',
      '192.168.0.13',
      '192.168.0.14',
      '192.168.0.21',
      '192.168.0.100',
      '192.168.0.253',
      '192.168.0.254',
      '192.168.0.255',
    ]);
    const owner = (ip: string) => rows.find((x) => x.ip_address === ip)!.device_owner;
    expect(owner('192.168.0.1')).toBe('network:router_interface_distributed');
    expect(owner('192.168.0.253')).toBe('neutron:0d576f');
    expect(owner('192.168.0.254')).toBe('network:dhcp');
    expect(owner('192.168.0.11')).toBe('compute:cn-north-4a');
    expect(rows.find((x) => x.ip_address === '192.168.0.100')!.id).toBe(vip.id);
    expect(rows.every((x) => x.subnet_id === web.id)).toBe(true);
    const page2 = await h.call('GET', `/v1/${p}/subnets/${web.id}/privateips?limit=4&marker=${rows[3].id}`);
    expect(page2.body.privateips).toEqual(rows.slice(4, 8));
    expect((await h.call('GET', `/v1/${p}/subnets/nope/privateips`)).status).toBe(404);
  });
});
