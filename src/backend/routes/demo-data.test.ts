import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../../contract';
import { makeHarness } from '../test-harness';

describe('demo data (console extension)', () => {
  it('reset wipes the project and seeds it again with the same stable ids', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    const before = (await h.call('GET', `/v1/${p}/ports`)).body.ports;
    await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'extra', cidr: '10.0.0.0/16' } });
    const vip = before.find((x: { name: string }) => x.name === 'vip-web');
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } });
    const r = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' });
    expect(r.status).toBe(200);
    expect((await h.store.read((tx) => tx.get('meta', p)))?.servers).toBe(6);
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-demo']);
    expect((await h.call('GET', `/v1/${p}/ports`)).body.ports).toEqual(before.map((x: { created_at: string; updated_at: string }) => ({ ...x, created_at: expect.any(String), updated_at: expect.any(String) })));
    expect((await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'explode' })).status).toBe(400);
  });

  it('load-large replaces the project with 10,000 servers over 40 subnets, a few bound VIPs and EIPs, and the ECS list pages through them', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    await h.call('GET', `/v1/${p}/vpcs`);
    const r = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ action: 'load-large', subnets: 40, servers: 10_000, vips: 4, eips: 2 });
    // The kept server count follows the replacement (the first page counts nothing).
    expect((await h.store.read((tx) => tx.get('meta', p)))?.servers).toBe(10_000);
    // The demo data is gone: only the large set is left.
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-large']);
    const subnets = (await h.call('GET', `/v1/${p}/subnets?vpc_id=${r.body.vpc_id}`)).body.subnets;
    expect(subnets).toHaveLength(40);
    const page = await h.call('GET', `/v1/${p}/cloudservers/detail?limit=1000&offset=10`);
    expect(page.body.count).toBe(10_000);
    expect(page.body.servers).toHaveLength(1000);
    const names = async (q: string) => (await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`)).body.servers.map((s: { name: string }) => s.name);
    // Created one millisecond apart in name order: newest first is the highest name first.
    const newest = await names('limit=1000&offset=1');
    expect(newest.slice(0, 3)).toEqual(['ecs-large-10000', 'ecs-large-09999', 'ecs-large-09998']);
    // Shallow pages walk a cursor, deep ones read keys: both give the same order.
    const small: string[] = [];
    for (let i = 1; i <= 10; i++) small.push(...(await names(`limit=20&offset=${i}`)));
    expect(small).toEqual(newest.slice(0, 200));
    expect(await names('limit=100&offset=3')).toEqual(newest.slice(200, 300));
    const byName = await names('sort_key=name&limit=600&offset=1');
    expect(await names('sort_key=name&limit=300&offset=2')).toEqual(byName.slice(300));
    expect(byName.slice(0, 2)).toEqual(['ecs-large-00001', 'ecs-large-00002']);
    expect(await names('name=ecs-large-0004&limit=20')).toEqual(Array.from({ length: 10 }, (_, i) => `ecs-large-0004${9 - i}`));
    const stopped = await h.call('GET', `/v1/${p}/cloudservers/detail?status=SHUTOFF&limit=1`);
    expect(stopped.body.count).toBe(Math.floor(10_000 / 7));
    // 250 NICs a subnet, and the first subnets' VIP beside them; every address distinct.
    const portsOf = async (name: string) => (await h.call('GET', `/v1/${p}/ports?network_id=${subnets.find((s: { name: string }) => s.name === name).id}`)).body.ports;
    const first = await portsOf('subnet-large-001');
    expect(first).toHaveLength(251);
    expect(new Set(first.map((x: { fixed_ips: { ip_address: string }[] }) => x.fixed_ips[0].ip_address)).size).toBe(251);
    expect(await portsOf('subnet-large-040')).toHaveLength(250);
  });

  it('the large set is useful to look at: bound VIPs with their checks off, an EIP on a VIP, a complete HA group', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    const r = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large', servers: 1000 });
    expect(r.body).toMatchObject({ subnets: 4, servers: 1000, vips: 4, eips: 2 });
    const vips = (await h.call('GET', `/v1/${p}/ports?device_owner=neutron:VIP_PORT`)).body.ports;
    expect(vips.map((v: { name: string }) => v.name).sort()).toEqual(['vip-large-1', 'vip-large-2', 'vip-large-3', 'vip-large-4']);
    for (const vip of vips) {
      expect(vip.allowed_address_pairs).toHaveLength(2);
      for (const pair of vip.allowed_address_pairs) {
        const nic = (await h.call('GET', `/v1/${p}/ports?fixed_ips=ip_address=${pair.ip_address}&network_id=${vip.network_id}`)).body.ports[0];
        expect(nic.allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
      }
    }
    const eips = (await h.call('GET', `/v1/${p}/publicips`)).body.publicips;
    const vip1 = vips.find((v: { name: string }) => v.name === 'vip-large-1');
    expect(eips.filter((e: { port_id?: string }) => e.port_id === vip1.id)).toHaveLength(1);
    const groups = (await h.call('GET', `/console/v1/${p}/ha-groups`)).body.ha_groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ name: 'ha-large', vip_port_id: vip1.id, status: 'complete' });
    // A server of the set can be stopped, and a reset brings the demo data back.
    const server = (await h.call('GET', `/v1/${p}/cloudservers/detail?name=ecs-large-00003`)).body.servers[0];
    expect((await h.call('POST', `/v1/${p}/cloudservers/action`, { 'os-stop': { servers: [{ id: server.id }] } })).status).toBe(200);
    expect((await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' })).status).toBe(200);
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-demo']);
  });

  it('load-large refuses a server count it cannot make, and reset refuses one, changing nothing', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    const before = (await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.count;
    const cases: [unknown, string][] = [
      [{ action: 'load-large', servers: 50_001 }, 'servers: Server count must be a whole number from 1 to 50000; 50001 is too large.'],
      [{ action: 'load-large', servers: 0 }, 'servers: Server count must be a whole number from 1 to 50000; 0 is too small.'],
      [{ action: 'load-large', servers: 2.5 }, 'servers: Server count must be a whole number from 1 to 50000; 2.5 is not a whole number.'],
      [{ action: 'reset', servers: 10 }, 'servers: only load-large takes a server count.'],
    ];
    for (const [body, message] of cases) {
      const r = await h.call('POST', `/console/v1/${p}/demo-data`, body);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'VPC.0002', message, error_code: 'VPC.0002', error_msg: message });
    }
    expect((await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.count).toBe(before);
  });
});
