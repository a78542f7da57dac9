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
    expect((await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { name: string }) => v.name)).toEqual(['vpc-demo']);
    expect((await h.call('GET', `/v1/${p}/ports`)).body.ports).toEqual(before.map((x: { created_at: string; updated_at: string }) => ({ ...x, created_at: expect.any(String), updated_at: expect.any(String) })));
    expect((await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'explode' })).status).toBe(400);
  });

  it('load-large adds 10,000 servers over 40 subnets in a new VPC, quickly, and the ECS list pages through them', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    const started = Date.now();
    const r = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large' });
    const elapsed = Date.now() - started;
    console.log(`load-large: ${elapsed} ms (backend says ${r.body.elapsed_ms} ms)`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ action: 'load-large', subnets: 40, servers: 10_000 });
    expect(elapsed).toBeLessThan(10_000);
    const subnets = (await h.call('GET', `/v1/${p}/subnets?vpc_id=${r.body.vpc_id}`)).body.subnets;
    expect(subnets).toHaveLength(40);
    const page = await h.call('GET', `/v1/${p}/cloudservers/detail?limit=1000&offset=11`);
    expect(page.body.count).toBe(10_006);
    expect(page.body.servers).toHaveLength(6);
    const names = async (q: string) => (await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`)).body.servers.map((s: { name: string }) => s.name);
    // The large set is created "a day ago": the demo's servers stay on top, newest first.
    const first = await names('limit=1000&offset=1');
    expect(first.slice(0, 8)).toEqual(['ecs-db-02', 'ecs-db-01', 'ecs-web-04', 'ecs-web-03', 'ecs-web-02', 'ecs-web-01', 'ecs-large-1-10000', 'ecs-large-1-09999']);
    // Shallow pages walk a cursor, deep ones read keys: both give the same order.
    const small: string[] = [];
    for (let i = 1; i <= 10; i++) small.push(...(await names(`limit=20&offset=${i}`)));
    expect(small).toEqual(first.slice(0, 200));
    expect(await names('limit=100&offset=3')).toEqual(first.slice(200, 300));
    const byName = await names('sort_key=name&limit=600&offset=1');
    expect(await names('sort_key=name&limit=300&offset=2')).toEqual(byName.slice(300));
    expect(byName.slice(0, 2)).toEqual(['ecs-db-01', 'ecs-db-02']);
    const stopped = await h.call('GET', `/v1/${p}/cloudservers/detail?status=SHUTOFF&limit=1`);
    expect(stopped.body.count).toBe(Math.floor(10_000 / 7));
    const inSubnet = await h.call('GET', `/v1/${p}/ports?network_id=${subnets[0].id}`);
    expect(inSubnet.body.ports).toHaveLength(250);
    expect(new Set(inSubnet.body.ports.map((x: { fixed_ips: { ip_address: string }[] }) => x.fixed_ips[0].ip_address)).size).toBe(250);
    const again = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'load-large' });
    expect(again.body.vpc_id).not.toBe(r.body.vpc_id);
    expect((await h.call('GET', `/v1/${p}/vpcs?name=vpc-large`)).body.vpcs.map((v: { name: string }) => v.name).sort()).toEqual(['vpc-large-1', 'vpc-large-2']);
  });
});
