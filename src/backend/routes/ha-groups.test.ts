import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../../contract';
import { demoProject, makeHarness } from '../test-harness';

async function setup(options: { faults?: boolean } = {}) {
  const h = await makeHarness(options);
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
    ['an unbound member of a complete group', (d: Awaited<ReturnType<typeof setup>>) => ({ status: 'complete', members: [d.group().ha_group.members[0], { server_id: d.servers['ecs-web-03'].id, port_id: d.nic('ecs-web-03').id, role: 'standby', priority: 100 }] }), /not bound to virtual IP/],
    ['a complete HA group without a standby', (d: Awaited<ReturnType<typeof setup>>) => ({ status: 'complete', members: [d.group().ha_group.members[0]] }), /one active and at least one standby/],
    ['a complete LVS-DR group with one real server', (d: Awaited<ReturnType<typeof setup>>) => ({ status: 'complete', mode: 'lvs-dr', members: [{ ...d.group().ha_group.members[0], role: 'director' }, { ...d.group().ha_group.members[1], role: 'director' }, { server_id: d.servers['ecs-web-03'].id, port_id: d.nic('ecs-web-03').id, role: 'backend', priority: 0 }] }), /two directors and at least two real servers/],
    ['a member NIC of another subnet', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ server_id: d.servers['ecs-db-02'].id, port_id: d.nic('ecs-db-02', d.db).id, role: 'active', priority: 150 }] }), /not in the virtual IP's subnet/],
    ['equal priorities', (d: Awaited<ReturnType<typeof setup>>) => ({ members: d.group().ha_group.members.map((m) => ({ ...m, priority: 100 })) }), /both have priority 100/],
    ['a standby that outranks the active member', (d: Awaited<ReturnType<typeof setup>>) => ({ members: d.group().ha_group.members.map((m) => ({ ...m, priority: m.role === 'active' ? 100 : 150 })) }), /must rank below the active member/],
    ['priority 255', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], priority: 255 }] }), /1 to 254/],
    ['a port of another server', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], port_id: d.nic('ecs-web-02').id }] }), /not a NIC of server ecs-web-01/],
    ['a wrong role for the mode', (d: Awaited<ReturnType<typeof setup>>) => ({ members: [{ ...d.group().ha_group.members[0], role: 'director' }] }), /ha group has active and standby/],
    ['virtual_router_id 0', () => ({ virtual_router_id: 0 }), /1 to 255/],
    ['a health check command with quotes', () => ({ check_command: '/bin/sh -c "rm -rf /"' }), /without quotes/],
    ['a NIC as the VIP', (d: Awaited<ReturnType<typeof setup>>) => ({ vip_port_id: d.nic('ecs-web-01').id }), /not a virtual IP/],
  ])('refuses %s with a 4xx that says why', async (_what, change, words) => {
    const d = await setup();
    const r = await d.h.call('POST', `/console/v1/${d.p}/ha-groups`, d.group(change(d)));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body.message).toMatch(words);
    expect((await d.h.call('GET', `/console/v1/${d.p}/ha-groups`)).body.ha_groups).toEqual([]);
  });

  it('accepts unbound members while the group is incomplete (the wizard saves before it binds), not once complete', async () => {
    const { h, p, servers, nic, group } = await setup();
    const members = [{ server_id: servers['ecs-web-03'].id, port_id: nic('ecs-web-03').id, role: 'active', priority: 100 }];
    const r = await h.call('POST', `/console/v1/${p}/ha-groups`, group({ members }));
    expect(r.status).toBe(200);
    expect(r.body.ha_group.status).toBe('incomplete');
    const done = await h.call('PUT', `/console/v1/${p}/ha-groups/${r.body.ha_group.id}`, { ha_group: { status: 'complete' } });
    expect(done.status).toBe(400);
    expect((await h.call('GET', `/console/v1/${p}/ha-groups/${r.body.ha_group.id}`)).body.ha_group.status).toBe('incomplete');
  });

  it('marks a complete group incomplete when one of its members is unbound from the VIP, by any path', async () => {
    const { h, p, vip, group } = await setup();
    const created = (await h.call('POST', `/console/v1/${p}/ha-groups`, group({ status: 'complete' }))).body.ha_group;
    expect(created.status).toBe('complete');
    const renamed = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'still-bound' } });
    expect(renamed.status).toBe(200);
    expect((await h.call('GET', `/console/v1/${p}/ha-groups/${created.id}`)).body.ha_group.status).toBe('complete');
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }] } });
    expect((await h.call('GET', `/console/v1/${p}/ha-groups/${created.id}`)).body.ha_group.status).toBe('incomplete');
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

  it('saves an incomplete group before its members are bound (the wizard saves first), with its plan and log; completes once bound', async () => {
    const { h, p, vip, group } = await setup();
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [] } });
    const plan = [
      { id: 'save-group', kind: 'save-group', label: 'Save' },
      { id: 'bind-vip', kind: 'bind-vip', label: 'Bind', ips: ['192.168.0.11', '192.168.0.12'] },
      { id: 'complete', kind: 'complete', label: 'Complete' },
    ];
    const log = [{ step: 'save-group', state: 'applied', at: '2026-01-01T00:00:00Z' }];
    const r = await h.call('POST', `/console/v1/${p}/ha-groups`, group({ apply_plan: plan, apply_log: log }));
    expect(r.status).toBe(200);
    expect(r.body.ha_group).toMatchObject({ status: 'incomplete', apply_plan: plan, apply_log: log });
    const id = r.body.ha_group.id;
    const early = await h.call('PUT', `/console/v1/${p}/ha-groups/${id}`, { ha_group: { status: 'complete' } });
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/ecs-web-01 \(192\.168\.0\.11\) is not bound to virtual IP 192\.168\.0\.100/);
    await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12' }] } });
    const logged = await h.call('PUT', `/console/v1/${p}/ha-groups/${id}`, { ha_group: { apply_log: [...log, { step: 'bind-vip', state: 'applied', at: 't', ips: ['192.168.0.11'] }] } });
    expect(logged.body.ha_group.apply_log).toHaveLength(2);
    const done = await h.call('PUT', `/console/v1/${p}/ha-groups/${id}`, { ha_group: { status: 'complete' } });
    expect(done.status).toBe(200);
    expect(done.body.ha_group).toMatchObject({ status: 'complete', apply_plan: plan });
    expect((await h.call('POST', `/console/v1/${p}/ha-groups`, group({ name: 'bad', virtual_router_id: 60, apply_plan: [{ id: 'x', kind: 'explode', label: 'x' }] }))).status).toBe(400);
  });
});

describe('fault injection (test aid)', () => {
  it('does not exist unless switched on: its path answers 404 like any unknown API, and arms nothing', async () => {
    const { h, p, vip } = await setup();
    const get = await h.call('GET', `/console/v1/${p}/faults`);
    expect(get.status).toBe(404);
    expect(get.body.code).toBe('APIGW.0101');
    const post = await h.call('POST', `/console/v1/${p}/faults`, { fail_next: { method: 'PUT', path_pattern: '/ports/' } });
    expect(post.status).toBe(404);
    expect((await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'renamed' } })).status).toBe(200);
  });

  it('answers the next matching request once with the given error, after letting `after` through; off by default', async () => {
    const { h, p, vip } = await setup({ faults: true });
    const put = () => h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'renamed' } });
    expect((await put()).status).toBe(200);
    expect((await h.call('GET', `/console/v1/${p}/faults`)).body).toEqual({ fail_next: null });
    const armed = await h.call('POST', `/console/v1/${p}/faults`, { fail_next: { method: 'PUT', path_pattern: '/ports/', status: 409, message: 'Injected: port busy', after: 1 } });
    expect(armed.status).toBe(200);
    expect((await h.call('GET', `/v1/${p}/ports/${vip.id}`)).status).toBe(200);
    expect((await put()).status).toBe(200);
    const failed = await put();
    expect(failed.status).toBe(409);
    expect(failed.body).toMatchObject({ code: 'Console.409', message: 'Injected: port busy' });
    expect((await put()).status).toBe(200);
    await h.call('POST', `/console/v1/${p}/faults`, { fail_next: { method: 'PUT', path_pattern: '/ports/' } });
    await h.call('POST', `/console/v1/${p}/faults`, { fail_next: null });
    expect((await put()).status).toBe(200);
  });
});

describe('the demo project', () => {
  it('holds the complete HA group ha-web: its VIP bound to ecs-web-01 and ecs-web-02, both checks off, its EIP bound', async () => {
    const h = await makeHarness();
    const p = DEMO_PROJECT_ID;
    const groups = (await h.call('GET', `/console/v1/${p}/ha-groups`)).body.ha_groups;
    expect(groups).toHaveLength(1);
    const g = groups[0];
    expect(g).toMatchObject({ name: 'ha-web', mode: 'ha', status: 'complete', virtual_router_id: 50, preempt: true });
    const vip = (await h.call('GET', `/v1/${p}/ports/${g.vip_port_id}`)).body.port;
    expect(vip).toMatchObject({ name: 'vip-ha', device_owner: 'neutron:VIP_PORT', fixed_ips: [{ ip_address: '192.168.0.50' }] });
    expect(vip.allowed_address_pairs).toEqual([{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12' }]);
    const servers = (await h.call('GET', `/v1/${p}/cloudservers/detail?limit=100`)).body.servers;
    const nameOf = (id: string) => servers.find((s: { id: string }) => s.id === id).name;
    expect(g.members.map((m: { server_id: string; role: string; priority: number }) => [nameOf(m.server_id), m.role, m.priority])).toEqual([
      ['ecs-web-01', 'active', 150],
      ['ecs-web-02', 'standby', 100],
    ]);
    for (const m of g.members) {
      expect((await h.call('GET', `/v1/${p}/ports/${m.port_id}`)).body.port.allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
    }
    const eip = (await h.call('GET', `/v1/${p}/publicips/${g.eip_id}`)).body.publicip;
    expect(eip).toMatchObject({ alias: 'eip-ha', port_id: vip.id, status: 'ACTIVE' });
    // It passes the backend's own validation of a complete group; vip-web stays unbound to try things on.
    expect((await h.call('PUT', `/console/v1/${p}/ha-groups/${g.id}`, { ha_group: { name: 'ha-web' } })).status).toBe(200);
    const vipWeb = (await h.call('GET', `/v1/${p}/ports?name=vip-web`)).body.ports[0];
    expect(vipWeb.allowed_address_pairs).toEqual([]);
  });

  it('releasing an EIP the group records drops it from the group in the same write; the group stays editable', async () => {
    const { h, p, group } = await setup();
    const eipBody = { publicip: { type: '5_bgp' }, bandwidth: { name: 'bw', size: 5, share_type: 'PER' } };
    const eip = (await h.call('POST', `/v1/${p}/publicips`, eipBody)).body.publicip;
    const created = await h.call('POST', `/console/v1/${p}/ha-groups`, group({ eip_id: eip.id }));
    expect(created.body.ha_group.eip_id).toBe(eip.id);
    const g = created.body.ha_group;

    expect((await h.call('DELETE', `/v1/${p}/publicips/${eip.id}`)).status).toBe(204);
    const after = (await h.call('GET', `/console/v1/${p}/ha-groups/${g.id}`)).body.ha_group;
    expect(after.eip_id).toBeUndefined();
    expect(after.members).toEqual(g.members);
    const edited = await h.call('PUT', `/console/v1/${p}/ha-groups/${g.id}`, { ha_group: { name: 'ha-renamed' } });
    expect(edited.status).toBe(200);
    expect(edited.body.ha_group).toMatchObject({ name: 'ha-renamed', status: g.status });
    expect(edited.body.ha_group.eip_id).toBeUndefined();
  });
});
