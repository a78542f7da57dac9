import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoProject, fetchVia, makeHarness, type Harness } from '../backend/test-harness';
import { useProjectStore } from '../api/project-store';
import { bindWorkflow } from './binding';
import { bindingKeys } from './keys';
import { stagesOf, WorkflowRunner, type StepView } from './runner';

interface Call {
  method: string;
  path: string;
  status: number;
  ifMatch?: string;
}

/**
 * The client's fetch, answered by the real backend handler. `before` runs before a request is
 * handled: a test uses it to let "another tab" write first.
 */
async function setup(before?: (method: string, path: string) => Promise<void>) {
  const h = await makeHarness({ faults: true });
  const d = await demoProject(h);
  useProjectStore.setState({ projectId: d.p });
  const calls: Call[] = [];
  const viaHandler = fetchVia(h);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = new URL(url, 'http://console.test').pathname;
    await before?.(method, path);
    const response = await viaHandler(url, init);
    calls.push({ method, path, status: response.status, ifMatch: new Headers(init.headers).get('if-match') ?? undefined });
    return response;
  });
  const vipPath = `/v1/${d.p}/ports/${d.vip.id}`;
  const pairsOf = async (path: string) => ((await h.call('GET', path)).body.port.allowed_address_pairs as { ip_address: string }[]).map((p) => p.ip_address);
  const target = (name: string) => ({ portId: d.nic(name).id, ip: d.nic(name).fixed_ips[0].ip_address as string, label: name });
  const bind = (...names: string[]) => bindWorkflow({ id: d.vip.id, ip: '192.168.0.100' }, names.map(target));
  return { h, d, calls, vipPath, pairsOf, target, bind };
}

/** Another tab: adds a pair to the VIP directly (as an old client would, without If-Match). */
const otherTabAdds = (h: Harness, path: string, ip: string) =>
  h.call('GET', path).then((r) => h.call('PUT', path, { port: { allowed_address_pairs: [...r.body.port.allowed_address_pairs, { ip_address: ip }] } }));

const collect = () => {
  const views: Record<string, StepView> = {};
  return { views, report: (id: string, change: Partial<StepView>) => (views[id] = { ...(views[id] ?? { id, label: id, status: 'pending' }), ...change }) };
};

describe('the workflow runner against the real backend', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on 412 it reads again and re-plans the step once: the other tab’s pair is kept, its own is added; it invalidates exactly the workflow’s keys', async () => {
    let interfered = false;
    const env: Awaited<ReturnType<typeof setup>> = await setup(async (method, path) => {
      if (method === 'PUT' && path === env.vipPath && !interfered) {
        interfered = true;
        await otherTabAdds(env.h, env.vipPath, '192.168.0.13');
      }
    });
    const invalidated: unknown[] = [];
    const runner = new WorkflowRunner(env.bind('ecs-web-04'), { invalidateQueries: async ({ queryKey }) => void invalidated.push(queryKey) });
    const { views, report } = collect();
    expect(await runner.run(report)).toBe(true);
    expect(await env.pairsOf(env.vipPath)).toEqual(['192.168.0.13', '192.168.0.14']);
    const vipPuts = env.calls.filter((c) => c.method === 'PUT' && c.path === env.vipPath);
    expect(vipPuts.map((c) => c.status)).toEqual([412, 200]);
    expect(vipPuts.every((c) => c.ifMatch?.match(/^"[^"]+"$/))).toBe(true);
    expect(views.pairs.status).toBe('done');
    expect(await env.pairsOf(`/v1/${env.d.p}/ports/${env.d.nic('ecs-web-04').id}`)).toEqual(['1.1.1.1/0']);
    expect(invalidated).toEqual([...bindingKeys()]);
  });

  it('412 twice: it stops with a message saying what changed, writes nothing of its own and runs no later step', async () => {
    const extra = ['192.168.0.13', '192.168.0.21'];
    const env: Awaited<ReturnType<typeof setup>> = await setup(async (method, path) => {
      if (method === 'PUT' && path === env.vipPath && extra.length) await otherTabAdds(env.h, env.vipPath, extra.shift()!);
    });
    const { views, report } = collect();
    expect(await new WorkflowRunner(env.bind('ecs-web-04')).run(report)).toBe(false);
    expect(views.pairs.status).toBe('failed');
    expect(views.pairs.error).toBe("vip-web's pairs changed in another tab: 192.168.0.13, 192.168.0.21 were added; review and retry.");
    expect(await env.pairsOf(env.vipPath)).toEqual(['192.168.0.13', '192.168.0.21']);
    expect(views[`check:${env.d.nic('ecs-web-04').id}`]).toBeUndefined();
    expect(env.calls.filter((c) => c.method === 'PUT').map((c) => c.status)).toEqual([412, 412]);
  });

  it('Retry runs only the steps not done: the VIP and the check that ran beside the failed one are not written again, the failed check is', async () => {
    const env = await setup();
    // The VIP's PUT goes through; the first NIC's check-off is refused once.
    const nic3 = env.d.nic('ecs-web-03').id;
    await env.h.call('POST', `/console/v1/${env.d.p}/faults`, { fail_next: { method: 'PUT', path_pattern: `/ports/${nic3}`, status: 409, message: 'Injected: the port is busy' } });
    const runner = new WorkflowRunner(env.bind('ecs-web-03', 'ecs-web-04'));
    const first = collect();
    expect(await runner.run(first.report)).toBe(false);
    expect(first.views[`check:${nic3}`]).toMatchObject({ status: 'failed', error: 'Injected: the port is busy' });
    // The two checks are one stage: the other NIC's check ran at the same time and went through.
    expect(first.views[`check:${env.d.nic('ecs-web-04').id}`]).toMatchObject({ status: 'done' });
    const mark = env.calls.length;
    const second = collect();
    expect(await runner.run(second.report)).toBe(true);
    const puts = env.calls.slice(mark).filter((c) => c.method === 'PUT').map((c) => c.path);
    expect(puts).toEqual([`/v1/${env.d.p}/ports/${nic3}`]);
    expect(Object.values(second.views).map((v) => v.status)).toEqual(['done', 'done', 'done']);
    expect(await env.pairsOf(env.vipPath)).toEqual(['192.168.0.13', '192.168.0.14']);
  });

  it('Undo reverses the done steps newest first with If-Match, and keeps what another tab added meanwhile', async () => {
    const env = await setup();
    const runner = new WorkflowRunner(env.bind('ecs-web-03', 'ecs-web-04'));
    expect(await runner.run(() => {})).toBe(true);
    await otherTabAdds(env.h, env.vipPath, '192.168.0.21');
    const mark = env.calls.length;
    let undo: StepView[] = [];
    expect(await runner.undo((v) => (undo = v))).toBe(true);
    expect(undo.map((u) => `${u.label}: ${u.status}`)).toEqual([
      'Undo: Turn off Source/Destination Check on ecs-web-04: done',
      'Undo: Turn off Source/Destination Check on ecs-web-03: done',
      'Undo: Add 192.168.0.13, 192.168.0.14 to the allowed addresses of 192.168.0.100: done',
    ]);
    const puts = env.calls.slice(mark).filter((c) => c.method === 'PUT');
    expect(puts.length).toBe(3);
    expect(puts.every((c) => c.status === 200 && c.ifMatch)).toBe(true);
    expect(await env.pairsOf(env.vipPath)).toEqual(['192.168.0.21']);
    for (const name of ['ecs-web-03', 'ecs-web-04']) expect(await env.pairsOf(`/v1/${env.d.p}/ports/${env.d.nic(name).id}`)).toEqual([]);
  });

  it('a check that was already off before the bind stays off after Undo (only what the workflow did is reversed)', async () => {
    const env = await setup();
    const nic = `/v1/${env.d.p}/ports/${env.d.nic('ecs-web-03').id}`;
    await env.h.call('PUT', nic, { port: { allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] } });
    const runner = new WorkflowRunner(env.bind('ecs-web-03'));
    const views = collect();
    expect(await runner.run(views.report)).toBe(true);
    expect(views.views[`check:${env.d.nic('ecs-web-03').id}`].already).toBe(true);
    expect(await runner.undo(() => {})).toBe(true);
    expect(await env.pairsOf(nic)).toEqual(['1.1.1.1/0']);
    expect(await env.pairsOf(env.vipPath)).toEqual([]);
  });
});

describe('two consoles binding one VIP at the same time', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('without If-Match (the old way) one binding is lost: the race is real', async () => {
    const { h, vipPath } = await setup();
    const [a, b] = await Promise.all([h.call('GET', vipPath), h.call('GET', vipPath)]);
    await h.call('PUT', vipPath, { port: { allowed_address_pairs: [...a.body.port.allowed_address_pairs, { ip_address: '192.168.0.13' }] } });
    await h.call('PUT', vipPath, { port: { allowed_address_pairs: [...b.body.port.allowed_address_pairs, { ip_address: '192.168.0.14' }] } });
    expect((await h.call('GET', vipPath)).body.port.allowed_address_pairs).toHaveLength(1);
  });

  it('20 trials of two concurrent binds of different NICs through the workflow: 0 lost', async () => {
    const env = await setup();
    let lost = 0;
    let refused = 0;
    for (let trial = 0; trial < 20; trial++) {
      await env.h.call('PUT', env.vipPath, { port: { allowed_address_pairs: [] } });
      const mark = env.calls.length;
      const results = await Promise.all([new WorkflowRunner(env.bind('ecs-web-03')).run(() => {}), new WorkflowRunner(env.bind('ecs-web-04')).run(() => {})]);
      expect(results).toEqual([true, true]);
      const pairs = await env.pairsOf(env.vipPath);
      lost += 2 - ['192.168.0.13', '192.168.0.14'].filter((ip) => pairs.includes(ip)).length;
      refused += env.calls.slice(mark).filter((c) => c.status === 412).length;
    }
    expect(lost).toBe(0);
    // The two really raced: one of them was refused with 412 and re-planned in the trials.
    expect(refused).toBeGreaterThan(0);
  });
});

describe('reads made when the run starts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('every port is read once at the start; a NIC another tab changed after that read answers 412 and is read again and re-planned', async () => {
    let interfered = false;
    const env: Awaited<ReturnType<typeof setup>> = await setup(async (method, path) => {
      if (method === 'PUT' && path === env.vipPath && !interfered) {
        interfered = true;
        // Another tab turns ecs-web-03's check off itself, after this run read that NIC.
        await env.h.call('PUT', `/v1/${env.d.p}/ports/${env.d.nic('ecs-web-03').id}`, { port: { allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] } });
      }
    });
    const nic3 = `/v1/${env.d.p}/ports/${env.d.nic('ecs-web-03').id}`;
    const nic4 = `/v1/${env.d.p}/ports/${env.d.nic('ecs-web-04').id}`;
    const { views, report } = collect();
    expect(await new WorkflowRunner(env.bind('ecs-web-03', 'ecs-web-04')).run(report)).toBe(true);
    const gets = env.calls.filter((c) => c.method === 'GET').map((c) => c.path);
    // The three reads come first, before any write; ecs-web-03 is read again after its 412.
    expect(env.calls.slice(0, 3).map((c) => c.method)).toEqual(['GET', 'GET', 'GET']);
    expect(gets.sort()).toEqual([env.vipPath, nic3, nic3, nic4].sort());
    expect(env.calls.filter((c) => c.method === 'PUT').map((c) => `${c.path === nic3 ? 'nic3' : c.path === nic4 ? 'nic4' : 'vip'} ${c.status}`).sort()).toEqual(['nic3 412', 'nic4 200', 'vip 200']);
    expect(env.calls.filter((c) => c.method === 'PUT').every((c) => c.ifMatch)).toBe(true);
    expect(views[`check:${env.d.nic('ecs-web-03').id}`]).toMatchObject({ status: 'done', already: true });
    expect(await env.pairsOf(nic3)).toEqual(['1.1.1.1/0']);
    expect(await env.pairsOf(nic4)).toEqual(['1.1.1.1/0']);
  });
});

describe('stages', () => {
  it('a bind runs its pairs alone, then the checks of its NICs together; a step without a stage runs alone', () => {
    const steps = bindWorkflow({ id: 'v', ip: '192.168.0.100' }, [
      { portId: 'n3', ip: '192.168.0.13', label: 'ecs-web-03' },
      { portId: 'n4', ip: '192.168.0.14', label: 'ecs-web-04' },
    ]).steps;
    expect(stagesOf(steps).map((stage) => stage.map((s) => s.id))).toEqual([['pairs'], ['check:n3', 'check:n4']]);
    expect(stagesOf([{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }, { id: 'c', label: 'c', stage: 'x' }, { id: 'd', label: 'd' }]).map((g) => g.length)).toEqual([1, 1, 1, 1]);
  });
});
