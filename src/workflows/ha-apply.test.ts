import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planHaApply, type ApplyPlanInput } from '../domain/ha';
import { demoProject, fetchVia, makeHarness } from '../backend/test-harness';
import { useProjectStore } from '../api/project-store';
import { contextOfGroup, haApplyWorkflow, type ApplyContext } from './ha-apply';
import { WorkflowRunner, type Report, type StepView } from './runner';

/** The old entry points, over the one runner: run a context from the top; undo a (resumed) context. */
const runApply = (ctx: ApplyContext, report: Report) => new WorkflowRunner(haApplyWorkflow(ctx)).run(report);
const runUndo = (ctx: ApplyContext, report: (views: StepView[]) => void) => new WorkflowRunner(haApplyWorkflow(ctx)).undo(report);

async function setup() {
  const h = await makeHarness({ faults: true });
  const d = await demoProject(h);
  useProjectStore.setState({ projectId: d.p });
  const calls: string[] = [];
  // The client's fetch, answered by the real backend handler over fake-indexeddb.
  vi.stubGlobal('fetch', fetchVia(h, (c) => c.method !== 'GET' && calls.push(`${c.method} ${c.path}`)));
  const members = ['ecs-web-01', 'ecs-web-02', 'ecs-web-03'].map((name, i) => ({
    serverName: name,
    serverId: d.servers[name].id,
    portId: d.nic(name).id,
    ip: d.nic(name).fixed_ips[0].ip_address,
    role: (i === 0 ? 'active' : 'standby') as 'active' | 'standby',
    priority: [150, 100, 90][i],
  }));
  const input: ApplyPlanInput = { groupName: 'web-ha', vip: { kind: 'new', ip: '192.168.0.60' }, members, eip: { kind: 'new', name: 'eip-ha2', bandwidth: 5 } };
  const ctx = (): ApplyContext => ({
    steps: planHaApply(input),
    log: [],
    groupId: null,
    group: {
      name: 'web-ha',
      mode: 'ha',
      vip_port_id: '',
      members: members.map((m) => ({ server_id: m.serverId, port_id: m.portId, role: m.role, priority: m.priority })),
      virtual_router_id: 51,
    },
    subnet: { id: d.web.id, neutronSubnetId: d.web.neutron_subnet_id },
    vipId: null,
    eipId: null,
  });
  const state = async () => ({
    vips: (await h.call('GET', `/v1/${d.p}/ports?device_owner=neutron:VIP_PORT`)).body.ports.map((p: { fixed_ips: { ip_address: string }[]; allowed_address_pairs: unknown[] }) => [p.fixed_ips[0].ip_address, p.allowed_address_pairs]),
    nics: await Promise.all(members.map(async (m) => (await h.call('GET', `/v1/${d.p}/ports/${m.portId}`)).body.port.allowed_address_pairs)),
    eips: (await h.call('GET', `/v1/${d.p}/publicips`)).body.publicips.map((e: { alias: string; port_id?: string }) => [e.alias, e.port_id ?? null]),
    groups: (await h.call('GET', `/console/v1/${d.p}/ha-groups`)).body.ha_groups.map((g: { name: string; status: string }) => [g.name, g.status]),
  });
  return { h, d, members, ctx, calls, state };
}

const collect = () => {
  const seen: Record<string, StepView['status'][]> = {};
  return { seen, report: (id: string, change: Partial<StepView>) => change.status && (seen[id] ??= []).push(change.status) };
};

describe('the apply runner against the real backend', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('applies every step once: the VIP bound to three NICs, their checks off, the EIP bound, the group complete', async () => {
    const { ctx, state, calls } = await setup();
    const c = ctx();
    const { seen, report } = collect();
    expect(await runApply(c, report)).toBe(true);
    expect(Object.values(seen).every((s) => s.join() === 'running,done')).toBe(true);
    const after = await state();
    expect(after.vips).toContainEqual(['192.168.0.60', [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12' }, { ip_address: '192.168.0.13' }]]);
    expect(after.nics).toEqual([[{ ip_address: '1.1.1.1/0' }], [{ ip_address: '1.1.1.1/0' }], [{ ip_address: '1.1.1.1/0' }]]);
    expect(after.eips).toContainEqual(['eip-ha2', expect.any(String)]);
    expect(after.groups).toEqual([['web-ha', 'complete']]);
    // Running it again changes nothing: every step is seen done.
    const before = calls.length;
    const again = collect();
    expect(await runApply(c, again.report)).toBe(true);
    expect(calls.length).toBe(before);
    expect(Object.values(again.seen).every((s) => s.join() === 'done')).toBe(true);
  });

  it('stops at a refused bind with the backend message; Retry continues without repeating a step', async () => {
    const { h, d, ctx, calls, state } = await setup();
    await h.call('POST', `/console/v1/${d.p}/faults`, { fail_next: { method: 'PUT', path_pattern: '/ports/', status: 409, message: 'Injected: the port is busy' } });
    const c = ctx();
    const first = collect();
    expect(await runApply(c, first.report)).toBe(false);
    expect(first.seen['bind-vip']).toEqual(['running', 'failed']);
    expect(first.seen['check-off:' + c.steps[4].port_id]).toBeUndefined();
    const group = (await state()).groups;
    expect(group).toEqual([['web-ha', 'incomplete']]);
    const mark = calls.length;
    expect(await runApply(c, collect().report)).toBe(true);
    const retried = calls.slice(mark);
    expect(retried.filter((c) => c.startsWith('POST /v1/'))).toEqual([]); // no second VIP or EIP
    expect((await state()).groups).toEqual([['web-ha', 'complete']]);
  });

  it('Undo after a failure halfway leaves the data as before the wizard, and can be resumed from the saved group', async () => {
    const { h, d, ctx, state } = await setup();
    const before = await state();
    // Let the bind and the first check-off through, fail the second check-off.
    await h.call('POST', `/console/v1/${d.p}/faults`, { fail_next: { method: 'PUT', path_pattern: '/ports/', after: 2, message: 'Injected' } });
    const c = ctx();
    expect(await runApply(c, collect().report)).toBe(false);
    // The tab closes: a new screen resumes from the group alone.
    const saved = (await h.call('GET', `/console/v1/${d.p}/ha-groups/${c.groupId}`)).body.ha_group;
    expect(saved.status).toBe('incomplete');
    expect(saved.apply_log.map((e: { step: string; state: string }) => `${e.step}:${e.state}`)).toEqual([
      'assign-vip:applied',
      'save-group:applied',
      'buy-eip:applied',
      'bind-vip:applied',
      `check-off:${c.steps[4].port_id}:applied`,
      `check-off:${c.steps[5].port_id}:applying`,
    ]);
    const resumed = contextOfGroup(saved);
    let undo: StepView[] = [];
    expect(await runUndo(resumed, (v) => (undo = v))).toBe(true);
    expect(undo.map((u) => `${u.label}: ${u.status}`)).toEqual([
      'Turn on Source/Destination Check on ecs-web-01 (192.168.0.11): done',
      'Unbind 192.168.0.11, 192.168.0.12, 192.168.0.13 from the virtual IP: done',
      'Release EIP eip-ha2 bought by the wizard: done',
      'Release the virtual IP assigned by the wizard (and the group with it): done',
    ]);
    expect(await state()).toEqual(before);
    expect(await runUndo(resumed, () => {})).toBe(true);
  });
});
