import { describe, expect, it } from 'vitest';
import { CHECK_OFF_SENTINEL } from '../rules/source-dest-check';
import { isStepDone, nextStep, planHaApply, planUndo, ipsToBind, pairsWithBound, pairsWithCheck, pairsWithoutBound, withLogEntry, type ApplyLogEntry, type ApplyPlanInput, type ApplySnapshot } from './apply-plan';

const OFF = [{ ip_address: CHECK_OFF_SENTINEL }];

const haInput = (over: Partial<ApplyPlanInput> = {}): ApplyPlanInput => ({
  groupName: 'web-ha',
  vip: { kind: 'new', ip: '192.168.0.60' },
  members: [
    { serverName: 'ecs-web-01', portId: 'p1', ip: '192.168.0.11', role: 'active' },
    { serverName: 'ecs-web-02', portId: 'p2', ip: '192.168.0.12', role: 'standby' },
  ],
  eip: { kind: 'new', name: 'eip-ha', bandwidth: 5 },
  ...over,
});

const fresh = (over: Partial<ApplySnapshot> = {}): ApplySnapshot => ({ group: { exists: false }, vip: null, nics: { p1: [], p2: [], p3: [] }, eip: null, ...over });

/** Applies a step to the snapshot the way the API would. */
function apply(snap: ApplySnapshot, kind: string, portId?: string, ips?: string[]): ApplySnapshot {
  switch (kind) {
    case 'assign-vip':
      return { ...snap, vip: { id: 'vip-new', pairs: [] } };
    case 'save-group':
      return { ...snap, group: { exists: true, status: 'incomplete' } };
    case 'buy-eip':
      return { ...snap, eip: { id: 'eip-new' } };
    case 'bind-vip':
      return { ...snap, vip: { ...snap.vip!, pairs: pairsWithBound(snap.vip!.pairs, ips!) } };
    case 'check-off':
      return { ...snap, nics: { ...snap.nics, [portId!]: pairsWithCheck(snap.nics[portId!], false) } };
    case 'bind-eip':
      return { ...snap, eip: { ...snap.eip!, port_id: snap.vip!.id } };
    case 'complete':
      return { ...snap, group: { exists: true, status: 'complete' } };
  }
  throw new Error(kind);
}

describe('planHaApply', () => {
  it('orders the steps: assign VIP, save incomplete, buy EIP, bind, check off per NIC, bind EIP, complete', () => {
    const steps = planHaApply(haInput());
    expect(steps.map((s) => s.id)).toEqual(['assign-vip', 'save-group', 'buy-eip', 'bind-vip', 'check-off:p1', 'check-off:p2', 'bind-eip', 'complete']);
    expect(steps[0]).toMatchObject({ ip: '192.168.0.60', label: 'Assign virtual IP 192.168.0.60' });
    expect(steps[3]).toMatchObject({ ips: ['192.168.0.11', '192.168.0.12'], label: 'Bind virtual IP 192.168.0.60 to ecs-web-01 (192.168.0.11), ecs-web-02 (192.168.0.12)' });
    expect(steps[4].label).toBe('Turn off Source/Destination Check on ecs-web-01 (192.168.0.11)');
  });

  it('skips the VIP and EIP purchases when they exist, and binds an existing EIP by id', () => {
    const steps = planHaApply(haInput({ vip: { kind: 'existing', ip: '192.168.0.100' }, eip: { kind: 'existing', id: 'e1', address: '100.64.0.9' } }));
    expect(steps.map((s) => s.kind)).toEqual(['save-group', 'bind-vip', 'check-off', 'check-off', 'bind-eip', 'complete']);
    expect(steps.find((s) => s.kind === 'bind-eip')).toMatchObject({ eip_id: 'e1', label: 'Bind EIP 100.64.0.9 to virtual IP 192.168.0.100' });
    expect(planHaApply(haInput({ eip: { kind: 'none' } })).some((s) => s.kind.includes('eip'))).toBe(false);
  });

  it('LVS-DR: binds only the directors, but turns the check off on directors and real servers', () => {
    const steps = planHaApply(
      haInput({
        members: [
          { serverName: 'd1', portId: 'p1', ip: '10.0.0.1', role: 'director' },
          { serverName: 'd2', portId: 'p2', ip: '10.0.0.2', role: 'director' },
          { serverName: 'r1', portId: 'p3', ip: '10.0.0.3', role: 'backend' },
          { serverName: 'r2', portId: 'p4', ip: '10.0.0.4', role: 'backend' },
        ],
      }),
    );
    expect(steps.find((s) => s.kind === 'bind-vip')!.ips).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(steps.filter((s) => s.kind === 'check-off').map((s) => s.port_id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
});

describe('isStepDone and nextStep (Retry never does a step twice)', () => {
  it('walks the plan: each applied step is seen done, and the next one is the first not done', () => {
    const steps = planHaApply(haInput());
    let snap = fresh();
    for (const step of steps) {
      expect(nextStep(steps, snap)).toBe(step);
      expect(isStepDone(step, snap)).toBe(false);
      snap = apply(snap, step.kind, step.port_id, step.ips);
      expect(isStepDone(step, snap)).toBe(true);
    }
    expect(nextStep(steps, snap)).toBeNull();
  });

  it('sees work done outside the wizard: a NIC whose check is already off, a NIC already bound', () => {
    const steps = planHaApply(haInput({ vip: { kind: 'existing', ip: '192.168.0.100' } }));
    const snap = fresh({ vip: { id: 'v', pairs: [{ ip_address: '192.168.0.11' }] }, nics: { p1: OFF, p2: [] } });
    expect(isStepDone(steps.find((s) => s.id === 'check-off:p1')!, snap)).toBe(true);
    expect(isStepDone(steps.find((s) => s.id === 'check-off:p2')!, snap)).toBe(false);
    const bind = steps.find((s) => s.kind === 'bind-vip')!;
    expect(isStepDone(bind, snap)).toBe(false);
    expect(ipsToBind(bind, snap)).toEqual(['192.168.0.12']);
    expect(isStepDone({ ...bind, ips: ['192.168.0.11'] }, snap)).toBe(true);
  });

  it('a NIC port that is gone is not done (its step will fail with the backend message)', () => {
    const step = planHaApply(haInput())[4];
    expect(isStepDone(step, fresh({ nics: {} }))).toBe(false);
  });
});

describe('pairs helpers', () => {
  it('add once, keep others, remove only the named addresses; the sentinel is added or removed alone', () => {
    const pairs = [{ ip_address: '10.0.0.9' }];
    expect(pairsWithBound(pairs, ['10.0.0.9', '10.0.0.1'])).toEqual([{ ip_address: '10.0.0.9' }, { ip_address: '10.0.0.1' }]);
    expect(pairsWithoutBound([...pairs, { ip_address: '10.0.0.1' }], ['10.0.0.1'])).toEqual(pairs);
    expect(pairsWithCheck(pairsWithCheck(pairs, false), false)).toEqual([...pairs, ...OFF]);
    expect(pairsWithCheck([...pairs, ...OFF], true)).toEqual(pairs);
  });

  it('withLogEntry replaces the entry of the same step', () => {
    const log = withLogEntry([{ step: 'bind-vip', state: 'applying', at: 't1' }], { step: 'bind-vip', state: 'applied', at: 't2' });
    expect(log).toEqual([{ step: 'bind-vip', state: 'applied', at: 't2' }]);
  });
});

describe('planUndo (newest first, only what the wizard applied)', () => {
  const at = 't';
  it('reverses every applied step newest first; releasing the assigned VIP also drops the group', () => {
    const steps = planHaApply(haInput());
    let snap = fresh();
    const log: ApplyLogEntry[] = [];
    for (const step of steps.slice(0, -1)) {
      const entry: ApplyLogEntry = { step: step.id, state: 'applied', at };
      if (step.kind === 'bind-vip') entry.ips = ipsToBind(step, snap);
      snap = apply(snap, step.kind, step.port_id, step.ips);
      if (step.kind === 'assign-vip') entry.resource_id = 'vip-new';
      if (step.kind === 'buy-eip') entry.resource_id = 'eip-new';
      log.push(entry);
    }
    expect(planUndo(steps, log, snap).map((a) => a.kind)).toEqual(['unbind-eip', 'check-on', 'check-on', 'unbind-vip', 'release-eip', 'delete-vip']);
    expect(planUndo(steps, log, snap)[3]).toMatchObject({ vip_id: 'vip-new', ips: ['192.168.0.11', '192.168.0.12'] });
  });

  it('leaves alone what was there before: an already-bound NIC, a check that was already off', () => {
    const steps = planHaApply(haInput({ vip: { kind: 'existing', ip: '192.168.0.100' }, eip: { kind: 'none' } }));
    const before = fresh({ vip: { id: 'v', pairs: [{ ip_address: '192.168.0.11' }] }, nics: { p1: OFF, p2: [] } });
    const log: ApplyLogEntry[] = [
      { step: 'save-group', state: 'applied', at },
      { step: 'bind-vip', state: 'applied', at, ips: ipsToBind(steps[1], before) },
      { step: 'check-off:p2', state: 'applied', at },
    ];
    let snap = apply(apply(before, 'save-group'), 'bind-vip', undefined, steps[1].ips);
    snap = apply(snap, 'check-off', 'p2');
    const undo = planUndo(steps, log, snap);
    expect(undo).toMatchObject([
      { kind: 'check-on', port_id: 'p2', label: 'Turn on Source/Destination Check on ecs-web-02 (192.168.0.12)' },
      { kind: 'unbind-vip', vip_id: 'v', ips: ['192.168.0.12'], label: 'Unbind 192.168.0.12 from the virtual IP' },
      { kind: 'delete-group', label: 'Delete the HA group' },
    ]);
  });

  it('is safe to repeat: once the effects are gone, nothing is left to undo; an "applying" step is undone if it took effect', () => {
    const steps = planHaApply(haInput({ vip: { kind: 'existing', ip: '192.168.0.100' }, eip: { kind: 'none' } }));
    const log: ApplyLogEntry[] = [
      { step: 'save-group', state: 'applied', at },
      { step: 'bind-vip', state: 'applying', at, ips: ['192.168.0.11', '192.168.0.12'] },
    ];
    const took = fresh({ group: { exists: true }, vip: { id: 'v', pairs: [{ ip_address: '192.168.0.11' }, { ip_address: '192.168.0.12' }] } });
    expect(planUndo(steps, log, took).map((a) => a.kind)).toEqual(['unbind-vip', 'delete-group']);
    const undone = fresh({ vip: { id: 'v', pairs: [] } });
    expect(planUndo(steps, log, undone)).toEqual([]);
  });
});
