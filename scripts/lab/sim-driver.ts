import { initialMaster, type HaConfigSpec, type VrrpNode } from '../../src/domain/ha';
import { advanceTo, applyAction, checkRan, createSimulation, type SimAction, type Simulation } from '../../src/domain/vrrp';
import type { LabEvent } from './events';
import type { Scenario, ScenarioStep } from './scenarios';

/** The group's VRRP members, highest priority first (scenario steps name them by this index). */
export function orderedMembers(spec: HaConfigSpec): VrrpNode[] {
  return [...spec.nodes].sort((a, b) => b.priority - a.priority || a.ip.localeCompare(b.ip));
}

/** The spec as a scenario runs it (nopreempt scenarios turn preemption off). */
export function scenarioSpec(spec: HaConfigSpec, scenario: Scenario): HaConfigSpec {
  return scenario.nopreempt ? { ...spec, preempt: false } : spec;
}

const SIM_ACTION: Record<ScenarioStep['action'], SimAction> = { 'hard-stop': 'stop', restore: 'restore', 'fail-check': 'fail-check', 'pass-check': 'restore' };

type Input = { at: number; member: string; action: SimAction } | { at: number; member: string; passed: boolean };

/** What the lab measured of a real run, to drive the simulation with (each part optional). */
export interface RealInputs {
  /** When keepalived really started on a member (its n-th start). */
  starts?: { member: string; started: number }[];
  /** Each real health-check run: when it ended and whether it passed. */
  checks?: { member: string; at: number; passed: boolean }[];
  /** When each scenario step really happened (a busy machine does them a little late), in step order. */
  steps?: number[];
}

/**
 * Drives the VRRP simulation (src/domain/vrrp) through a scenario. Every member starts at 0 and a
 * restored one at its step's time, each step at its planned time, and the check runs every 2 s, unless
 * `real` says when these really happened: then the simulation starts members, does the steps and counts
 * check runs (with their results) at those times.
 */
export function simulateScenario(baseSpec: HaConfigSpec, scenario: Scenario, real: RealInputs = {}): Simulation {
  const { starts = [], checks, steps = [] } = real;
  const spec = scenarioSpec(baseSpec, scenario);
  const members = orderedMembers(spec);
  const master = initialMaster(spec);
  let sim = createSimulation({
    advertInt: spec.advertInt,
    preempt: spec.preempt,
    checkRuns: checks ? 'external' : 'scheduled',
    nodes: members.map((n) => ({ id: n.name, name: n.name, ip: n.ip, priority: n.priority, startsAsMaster: master?.ip === n.ip })),
  });
  const startsOf = (name: string) => starts.filter((s) => s.member === name).map((s) => s.started);
  const actions: Input[] = [...(checks ?? [])];
  for (const m of members) {
    const first = startsOf(m.name)[0];
    if (first) actions.push({ at: 0, member: m.name, action: 'stop' }, { at: first, member: m.name, action: 'restore' });
  }
  const restarts = new Map<string, number>();
  const ordered = [...scenario.steps].sort((a, b) => a.at - b.at);
  for (const [i, step] of ordered.entries()) {
    const name = members[step.member].name;
    let at = steps[i] ?? step.at;
    if (step.action === 'restore') {
      const n = (restarts.get(name) ?? 0) + 1;
      restarts.set(name, n);
      at = startsOf(name)[n] ?? at;
    }
    actions.push({ at, member: name, action: SIM_ACTION[step.action] });
  }
  for (const a of actions.sort((x, y) => x.at - y.at)) {
    sim = advanceTo(sim, a.at);
    sim = 'action' in a ? applyAction(sim, a.member, a.action) : checkRan(sim, a.member, a.passed);
  }
  return advanceTo(sim, scenario.duration);
}

/** The simulation's events in the lab's terms: VIP added (MASTER), removed (MASTER to BACKUP or FAULT), gratuitous ARP. */
export function simEvents(sim: Simulation): LabEvent[] {
  const isMaster = new Set<string>();
  const events: LabEvent[] = [];
  for (const e of sim.events) {
    if (e.kind === 'master') {
      isMaster.add(e.nodeId);
      events.push({ t: e.at, kind: 'vip-add', member: e.nodeId });
    } else if (e.kind === 'garp') events.push({ t: e.at, kind: 'garp', member: e.nodeId });
    else if (e.kind === 'stopped') isMaster.delete(e.nodeId);
    else if ((e.kind === 'backup' || e.kind === 'fault') && isMaster.has(e.nodeId)) {
      isMaster.delete(e.nodeId);
      events.push({ t: e.at, kind: 'vip-del', member: e.nodeId });
    }
  }
  return events;
}
