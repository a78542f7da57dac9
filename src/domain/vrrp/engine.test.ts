import { describe, expect, it } from 'vitest';
import { advanceTo, applyAction, checkRan, createSimulation, masters, type SimConfig } from './engine';
import { masterDownInterval, skewTime } from './timing';

const pair = (preempt: boolean): SimConfig => ({
  advertInt: 1,
  preempt,
  nodes: [
    { id: 'a', name: 'ecs-web-01', ip: '192.168.0.11', priority: 150, startsAsMaster: preempt },
    { id: 'b', name: 'ecs-web-02', ip: '192.168.0.12', priority: 100, startsAsMaster: false },
  ],
});

const firstEvent = (sim: ReturnType<typeof createSimulation>, nodeId: string, kind: string, after = 0) =>
  sim.events.find((e) => e.nodeId === nodeId && e.kind === kind && e.at > after);

/** When `a` (priority 150) first takes the VIP: its master-down interval after start (checked with keepalived 2.2.7). */
const A_DOWN = 3 + 106 / 256;

describe('VRRP timing', () => {
  it('computes the skew and master-down interval of RFC 3768', () => {
    expect(skewTime(100)).toBe(156 / 256);
    expect(masterDownInterval(100, 1)).toBe(3.609375);
    expect(masterDownInterval(150, 2)).toBe(6 + 106 / 256);
  });
});

describe('VRRP engine', () => {
  it('starts a node with state MASTER in BACKUP: it takes the VIP when its master-down timer runs out (keepalived 2.2.7)', () => {
    // Was: MASTER at once. The keepalived lab measured BACKUP first and the VIP about 3.4 s after start.
    let sim = createSimulation(pair(true));
    expect(masters(sim)).toEqual([]);
    expect(sim.nodes.a.state).toBe('BACKUP');
    sim = advanceTo(sim, 10);
    expect(firstEvent(sim, 'a', 'master')?.at).toBe(A_DOWN);
    expect(firstEvent(sim, 'b', 'master')).toBeUndefined();
  });

  it('keeps the highest priority as MASTER while it advertises', () => {
    const sim = advanceTo(createSimulation(pair(true)), 30);
    expect(masters(sim)).toEqual(['a']);
    expect(sim.holder).toBe('a');
  });

  it('makes a backup of priority 100 MASTER 3.609 s after the master last advertised', () => {
    let sim = advanceTo(createSimulation(pair(true)), 10.5);
    const lastAdvert = Math.max(...sim.events.filter((e) => e.nodeId === 'a' && e.kind === 'advert').map((e) => e.at));
    expect(lastAdvert).toBeCloseTo(A_DOWN + 7, 9);
    sim = applyAction(sim, 'a', 'stop');
    sim = advanceTo(sim, 20);
    expect(firstEvent(sim, 'b', 'master')?.at).toBeCloseTo(lastAdvert + 3.609375, 9);
    expect(firstEvent(sim, 'b', 'garp')?.at).toBeCloseTo(lastAdvert + 3.609375, 9);
    expect(sim.holder).toBe('b');
  });

  it('enters FAULT at the third failed check (every 2 s from start), then the master resigns and the backup waits only its skew', () => {
    // Was: FAULT at once on fail-check. keepalived runs the check every 2 s and needs `fall 3` failures.
    let sim = advanceTo(createSimulation(pair(true)), 5.5);
    sim = applyAction(sim, 'a', 'fail-check');
    expect(sim.nodes.a.state).toBe('MASTER');
    sim = advanceTo(sim, 9.9);
    expect(sim.nodes.a.state).toBe('MASTER');
    sim = advanceTo(sim, 12);
    expect(firstEvent(sim, 'a', 'fault')?.at).toBe(10);
    expect(firstEvent(sim, 'a', 'resign')?.at).toBe(10);
    expect(firstEvent(sim, 'b', 'master')?.at).toBe(10 + 156 / 256);
  });

  it('does not enter FAULT when the service is back before the third failed check', () => {
    let sim = applyAction(advanceTo(createSimulation(pair(true)), 5.5), 'a', 'fail-check');
    sim = advanceTo(applyAction(advanceTo(sim, 9), 'a', 'restore'), 30);
    expect(sim.events.some((e) => e.kind === 'fault')).toBe(false);
    expect(masters(sim)).toEqual(['a']);
  });

  it('with preemption, the restored higher priority starts in BACKUP and takes MASTER back after its master-down interval', () => {
    let sim = applyAction(advanceTo(createSimulation(pair(true)), 5), 'a', 'stop');
    sim = advanceTo(sim, 12);
    expect(sim.holder).toBe('b');
    sim = applyAction(sim, 'a', 'restore');
    expect(sim.nodes.a.state).toBe('BACKUP');
    sim = advanceTo(sim, 20);
    expect(firstEvent(sim, 'a', 'master', 12)?.at).toBe(12 + A_DOWN);
    expect(masters(sim)).toEqual(['a']);
    expect(sim.nodes.b.state).toBe('BACKUP');
    expect(sim.holder).toBe('a');
  });

  it('a node leaving FAULT waits for two passed checks, is BACKUP, and with preemption takes MASTER back after its master-down interval', () => {
    let sim = advanceTo(applyAction(advanceTo(createSimulation(pair(true)), 5), 'a', 'fail-check'), 11);
    expect(firstEvent(sim, 'a', 'fault')?.at).toBe(10);
    expect(sim.holder).toBe('b');
    sim = applyAction(sim, 'a', 'restore');
    sim = advanceTo(sim, 12.5);
    // Checks at 12 and 14 pass (rise 2): FAULT until 14.
    expect(sim.nodes.a.state).toBe('FAULT');
    sim = advanceTo(sim, 30);
    expect(firstEvent(sim, 'a', 'backup', 11)?.at).toBe(14);
    expect(firstEvent(sim, 'a', 'master', 11)?.at).toBe(14 + A_DOWN);
    expect(sim.holder).toBe('a');
  });

  it('with nopreempt, every node starts BACKUP and a restored node stays BACKUP', () => {
    let sim = createSimulation(pair(false));
    expect(masters(sim)).toEqual([]);
    sim = advanceTo(sim, 10);
    expect(masters(sim)).toEqual(['a']);
    expect(firstEvent(sim, 'a', 'master')?.at).toBe(masterDownInterval(150, 1));
    sim = advanceTo(applyAction(sim, 'a', 'stop'), 20);
    expect(sim.holder).toBe('b');
    sim = advanceTo(applyAction(sim, 'a', 'restore'), 40);
    expect(masters(sim)).toEqual(['b']);
    expect(sim.nodes.a.state).toBe('BACKUP');
  });

  it('the best backup wins among several standbys', () => {
    const config: SimConfig = {
      ...pair(true),
      nodes: [...pair(true).nodes, { id: 'c', name: 'ecs-web-03', ip: '192.168.0.13', priority: 90, startsAsMaster: false }],
    };
    let sim = applyAction(advanceTo(createSimulation(config), 5.2), 'a', 'stop');
    sim = advanceTo(sim, 15);
    expect(masters(sim)).toEqual(['b']);
    expect(sim.events.some((e) => e.nodeId === 'c' && e.kind === 'master')).toBe(false);
  });

  it('is deterministic', () => {
    const run = () => advanceTo(applyAction(advanceTo(createSimulation(pair(true)), 4), 'a', 'stop'), 12);
    expect(run().events).toEqual(run().events);
  });

  it('with external check runs, counts only the runs it is told of, at their times (a busy keepalived drifts later)', () => {
    let sim = advanceTo(createSimulation({ ...pair(true), checkRuns: 'external' }), 5.5);
    expect(sim.nodes.a.checkAt).toBeNull();
    sim = applyAction(sim, 'a', 'fail-check');
    // Nothing but the runs counts: the service's state alone changes nothing.
    sim = advanceTo(sim, 20);
    expect(sim.nodes.a.state).toBe('MASTER');
    for (const at of [20.4, 22.9, 25.5]) sim = checkRan(advanceTo(sim, at), 'a', false);
    expect(firstEvent(sim, 'a', 'fault')?.at).toBe(25.5);
    for (const at of [27.8, 30.3]) sim = checkRan(advanceTo(sim, at), 'a', true);
    expect(firstEvent(sim, 'b', 'master')?.at).toBeCloseTo(25.5 + 156 / 256, 9);
    expect(firstEvent(sim, 'a', 'backup', 25.5)?.at).toBe(30.3);
    sim = advanceTo(sim, 40);
    expect(firstEvent(sim, 'a', 'master', 25.5)?.at).toBeCloseTo(30.3 + A_DOWN, 9);
  });

  it('ignores a check run of a stopped server, and a pass between failures restarts the count', () => {
    let sim = createSimulation({ ...pair(true), checkRuns: 'external' });
    sim = checkRan(checkRan(advanceTo(sim, 5), 'a', false), 'a', false);
    sim = checkRan(checkRan(sim, 'a', true), 'a', false);
    expect(sim.nodes.a.state).toBe('MASTER');
    sim = checkRan(applyAction(sim, 'b', 'stop'), 'b', false);
    expect(sim.nodes.b).toMatchObject({ state: 'STOPPED', streak: 0 });
  });
});
