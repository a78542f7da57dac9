import { describe, expect, it } from 'vitest';
import { advanceTo, applyAction, createSimulation, masters, type SimConfig } from './engine';
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

describe('VRRP timing', () => {
  it('computes the skew and master-down interval of RFC 3768', () => {
    expect(skewTime(100)).toBe(156 / 256);
    expect(masterDownInterval(100, 1)).toBe(3.609375);
    expect(masterDownInterval(150, 2)).toBe(6 + 106 / 256);
  });
});

describe('VRRP engine', () => {
  it('keeps the highest priority as MASTER while it advertises', () => {
    const sim = advanceTo(createSimulation(pair(true)), 30);
    expect(masters(sim)).toEqual(['a']);
    expect(sim.holder).toBe('a');
  });

  it('makes a backup of priority 100 MASTER 3.609 s after the master last advertised', () => {
    let sim = advanceTo(createSimulation(pair(true)), 10.5);
    const lastAdvert = Math.max(...sim.events.filter((e) => e.nodeId === 'a' && e.kind === 'advert').map((e) => e.at));
    expect(lastAdvert).toBe(10);
    sim = applyAction(sim, 'a', 'stop');
    sim = advanceTo(sim, 20);
    expect(firstEvent(sim, 'b', 'master')?.at).toBe(10 + 3.609375);
    expect(firstEvent(sim, 'b', 'garp')?.at).toBe(10 + 3.609375);
    expect(sim.holder).toBe('b');
  });

  it('takes over after only the skew when the master resigns with priority 0 (failed health check)', () => {
    let sim = advanceTo(createSimulation(pair(true)), 5.5);
    sim = applyAction(sim, 'a', 'fail-check');
    expect(sim.nodes.a.state).toBe('FAULT');
    sim = advanceTo(sim, 10);
    expect(firstEvent(sim, 'b', 'master')?.at).toBe(5.5 + 156 / 256);
  });

  it('with preemption, the restored higher priority takes MASTER back', () => {
    let sim = applyAction(advanceTo(createSimulation(pair(true)), 2.5), 'a', 'stop');
    sim = advanceTo(sim, 10);
    expect(sim.holder).toBe('b');
    sim = applyAction(sim, 'a', 'restore');
    sim = advanceTo(sim, 20);
    expect(masters(sim)).toEqual(['a']);
    expect(sim.nodes.b.state).toBe('BACKUP');
    expect(sim.holder).toBe('a');
  });

  it('a node leaving FAULT is BACKUP first, and with preemption takes MASTER back after its master-down interval', () => {
    let sim = advanceTo(applyAction(advanceTo(createSimulation(pair(true)), 2.5), 'a', 'fail-check'), 10);
    expect(sim.holder).toBe('b');
    sim = applyAction(sim, 'a', 'restore');
    expect(sim.nodes.a.state).toBe('BACKUP');
    sim = advanceTo(sim, 20);
    expect(firstEvent(sim, 'a', 'master', 10)?.at).toBe(10 + 3 + 106 / 256);
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
    let sim = applyAction(advanceTo(createSimulation(config), 3.2), 'a', 'stop');
    sim = advanceTo(sim, 15);
    expect(masters(sim)).toEqual(['b']);
    expect(sim.events.some((e) => e.nodeId === 'c' && e.kind === 'master')).toBe(false);
  });

  it('is deterministic', () => {
    const run = () => advanceTo(applyAction(advanceTo(createSimulation(pair(true)), 4), 'a', 'stop'), 12);
    expect(run().events).toEqual(run().events);
  });
});
