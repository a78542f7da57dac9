import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness, newProjectId } from '../test-harness';

const body = { publicip: { type: '5_bgp', alias: 'e1' }, bandwidth: { name: 'bw', size: 10, share_type: 'PER' } };

describe('EIPs', () => {
  it('allocates from the documentation ranges, deterministically per project, DOWN and unbound', async () => {
    const a = await makeHarness();
    const b = await makeHarness();
    const p = newProjectId();
    const ea = (await a.call('POST', `/v1/${p}/publicips`, body)).body.publicip;
    const eb = (await b.call('POST', `/v1/${p}/publicips`, body)).body.publicip;
    expect(ea.public_ip_address).toBe(eb.public_ip_address);
    expect(ea.public_ip_address).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    expect(ea).toMatchObject({ status: 'DOWN', type: '5_bgp', alias: 'e1', bandwidth_size: 10, bandwidth_share_type: 'PER', ip_version: 4 });
    expect(ea.port_id).toBeUndefined();
    const second = (await a.call('POST', `/v1/${p}/publicips`, body)).body.publicip;
    expect(second.public_ip_address).not.toBe(ea.public_ip_address);
    const bad = await a.call('POST', `/v1/${p}/publicips`, { ...body, bandwidth: { ...body.bandwidth, size: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^bandwidth\.size/);
  });

  it('binds to a port (ACTIVE, private_ip_address), one EIP per port, refuses a second binding, unbinds with "" and null', async () => {
    const h = await makeHarness();
    const { p, vip, eips, nic } = await demoProject(h);
    const [e1, e2] = eips;
    const bound = await h.call('PUT', `/v1/${p}/publicips/${e1.id}`, { publicip: { port_id: vip.id } });
    expect(bound.status).toBe(200);
    expect(bound.body.publicip).toMatchObject({ port_id: vip.id, private_ip_address: '192.168.0.100', status: 'ACTIVE' });
    const again = await h.call('PUT', `/v1/${p}/publicips/${e1.id}`, { publicip: { port_id: vip.id } });
    expect(again.status).toBe(200);

    const secondOnVip = await h.call('PUT', `/v1/${p}/publicips/${e2.id}`, { publicip: { port_id: vip.id } });
    expect(secondOnVip.status).toBe(409);
    expect(secondOnVip.body).toMatchObject({ code: 'VPC.1209', error_code: 'VPC.1209' });
    const elsewhere = await h.call('PUT', `/v1/${p}/publicips/${e1.id}`, { publicip: { port_id: nic('ecs-web-01').id } });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.message).toMatch(/already bound to 192\.168\.0\.100/);
    expect((await h.call('GET', `/v1/${p}/publicips/${e2.id}`)).body.publicip.status).toBe('DOWN');

    const release = await h.call('DELETE', `/v1/${p}/publicips/${e1.id}`);
    expect(release.status).toBe(409);
    expect(release.body.message).toMatch(/bound to virtual IP vip-web/);

    const unbound = await h.call('PUT', `/v1/${p}/publicips/${e1.id}`, { publicip: { port_id: '' } });
    expect(unbound.body.publicip.status).toBe('DOWN');
    expect(unbound.body.publicip.port_id).toBeUndefined();
    expect(unbound.body.publicip.private_ip_address).toBeUndefined();
    await h.call('PUT', `/v1/${p}/publicips/${e2.id}`, { publicip: { port_id: vip.id } });
    expect((await h.call('PUT', `/v1/${p}/publicips/${e2.id}`, { publicip: { port_id: null } })).body.publicip.status).toBe('DOWN');
    expect((await h.call('DELETE', `/v1/${p}/publicips/${e1.id}`)).status).toBe(204);
    expect((await h.call('GET', `/v1/${p}/publicips/${e1.id}`)).body.code).toBe('VPC.1200');
  });

  it('refuses a port of another project as not found, and filters the list by port_id', async () => {
    const h = await makeHarness();
    const a = await demoProject(h);
    const b = await demoProject(h);
    const r = await h.call('PUT', `/v1/${a.p}/publicips/${a.eips[0].id}`, { publicip: { port_id: b.vip.id } });
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('VPC.2502');
    await h.call('PUT', `/v1/${a.p}/publicips/${a.eips[1].id}`, { publicip: { port_id: a.vip.id } });
    const list = await h.call('GET', `/v1/${a.p}/publicips?port_id=${a.vip.id}`);
    expect(list.body.publicips.map((e: { id: string }) => e.id)).toEqual([a.eips[1].id]);
  });
});
