import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness } from '../test-harness';

async function setup() {
  const h = await makeHarness();
  const d = await demoProject(h);
  await h.call('PUT', `/v1/${d.p}/ports/${d.vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12' }] } });
  const group = (over: Record<string, unknown> = {}) => ({
    ha_group: {
      name: 'web-ha',
      mode: 'ha',
      vip_port_id: d.vip.id,
      members: [
        { server_id: d.servers['ecs-web-01'].id, port_id: d.nic('ecs-web-01').id, role: 'active', priority: 150 },
        { server_id: d.servers['ecs-web-02'].id, port_id: d.nic('ecs-web-02').id, role: 'standby', priority: 100 },
      ],
      virtual_router_id: 51,
      ...over,
    },
  });
  return { h, ...d, group };
}

describe('HA groups (console extension)', () => {
  it('creates, lists by VIP, shows, updates and deletes a group', async () => {
    const { h, p, vip, group } = await setup();
    const r = await h.call('POST', `/console/v1/${p}/ha-groups`, group());
    expect(r.status).toBe(200);
    const g = r.body.ha_group;
    expect(g).toMatchObject({ name: 'web-ha', advert_int: 1, preempt: true, status: 'incomplete', virtual_router_id: 51 });
    expect(g.project_id).toBeUndefined();
    expect(g.network_id).toBeUndefined();
    expect((await h.call('GET', `/console/v1/${p}/ha-groups?vip_port_id=${vip.id}`)).body.ha_groups).toEqual([g]);
    expect((await h.call('GET', `/console/v1/${p}/ha-groups/${g.id}`)).body.ha_group).toEqual(g);
    const upd = await h.call('PUT', `/console/v1/${p}/ha-groups/${g.id}`, { ha_group: { status: 'complete', advert_int: 2 } });
    expect(upd.body.ha_group).toMatchObject({ status: 'complete', advert_int: 2, members: g.members });
    expect((await h.call('DELETE', `/console/v1/${p}/ha-groups/${g.id}`)).status).toBe(204);
    expect((await h.call('GET', `/console/v1/${p}/ha-groups/${g.id}`)).status).toBe(404);
  });

  it.each([
    ['an unbound member', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ server_id: d.servers['ecs-web-03'].id, port_id: d.nic('ecs-web-03').id, role: 'active', priority: 100 }] }), /not bound to virtual IP/],
    ['equal priorities', (d: Awaited<ReturnType<typeof setup>>) => ({ members: d.group().ha_group.members.map((m) => ({ ...m, priority: 100 })) }), /both have priority 100/],
    ['priority 255', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], priority: 255 }] }), /1 to 254/],
    ['a port of another server', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], port_id: d.nic('ecs-web-02').id }] }), /not a NIC of server ecs-web-01/],
    ['a wrong role for the mode', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], role: 'director' }] }), /ha group has active and standby/],
    ['virtual_router_id 0', () => ({ virtual_router_id: 0 }), /1 to 255/],
    ['a NIC as the VIP', (d: Awaited<ReturnType<typeof setup>>) => ({ vip_port_id: d.nic('ecs-web-01').id }), /not a virtual IP/],
  ])('refuses %s with a 4xx that says why', async (_what, change, words) => {
    const d = await setup();
    const r = await d.h.call('POST', `/console/v1/${d.p}/ha-groups`, d.group(change(d)));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body.message).toMatch(words);
    expect((await d.h.call('GET', `/console/v1/${d.p}/ha-groups`)).body.ha_groups).toEqual([]);
  });

  it('keeps virtual_router_id unique per subnet (409), and lets a group keep its own on update', async () => {
    const { h, p, group } = await setup();
    const first = (await h.call('POST', `/console/v1/${p}/ha-groups`, group())).body.ha_group;
    const clash = await h.call('POST', `/console/v1/${p}/ha-groups`, group({ name: 'second' }));
    expect(clash.status).toBe(409);
    expect(clash.body.message).toMatch(/web-ha already uses virtual router ID 51/);
    expect((await h.call('PUT', `/console/v1/${p}/ha-groups/${first.id}`, { ha_group: { name: 'renamed' } })).status).toBe(200);
  });

  it('drops deleted servers from groups and deletes groups with their VIP', async () => {
    const { h, p, vip, servers, group } = await setup();
    const g = (await h.call('POST', `/console/v1/${p}/ha-groups`, group({ status: 'complete' }))).body.ha_group;
    await h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: servers['ecs-web-02'].id }] });
    const after = (await h.call('GET', `/console/v1/${p}/ha-groups/${g.id}`)).body.ha_group;
    expect(after.members.map((m: { server_id: string }) => m.server_id)).toEqual([servers['ecs-web-01'].id]);
    expect(after.status).toBe('incomplete');
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [] } });
    expect((await h.call('DELETE', `/v1/${p}/ports/${vip.id}`)).status).toBe(204);
    expect((await h.call('GET', `/console/v1/${p}/ha-groups`)).body.ha_groups).toEqual([]);
  });
});
