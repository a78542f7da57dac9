import { simEventWords, type SimEventReason, type SimEventValues, type SimEventWords } from './event-wording';
import { masterDownInterval, skewTime } from './timing';

/** VRRP roles. STOPPED is a server that is off: it neither sends nor hears advertisements. */
export type VrrpState = 'MASTER' | 'BACKUP' | 'FAULT' | 'STOPPED';

export interface SimNodeConfig {
  id: string;
  name: string;
  ip: string;
  /** 1..254. */
  priority: number;
  /** keepalived's `state MASTER` (preemption on and highest priority); otherwise it starts as BACKUP. */
  startsAsMaster: boolean;
}

/** keepalived's `vrrp_script` timing: run every `interval` s; `fall` failures in a row mean FAULT, `rise` passes leave it. */
export interface CheckTiming {
  interval: number;
  fall: number;
  rise: number;
}

/** The health check the console generates (src/domain/ha/keepalived.ts writes these numbers). */
export const VRRP_CHECK_TIMING: CheckTiming = { interval: 2, fall: 3, rise: 2 };

export interface SimConfig {
  nodes: SimNodeConfig[];
  advertInt: number;
  preempt: boolean;
  /** Default VRRP_CHECK_TIMING. */
  check?: CheckTiming;
  /**
   * When the health check runs. `scheduled` (default): at start, then every `interval` s; keepalived
   * schedules each run `interval` after the previous one ended, which is the same while a run takes no
   * time. `external`: only when `checkRan` says, with its result (the keepalived lab feeds the times and
   * results of keepalived's real runs, which drift later than every `interval` on a busy machine).
   */
  checkRuns?: 'scheduled' | 'external';
}

export interface SimNode {
  state: VrrpState;
  /** When this node, as BACKUP, declares the master down. */
  downTimerAt: number | null;
  /** When this node, as MASTER, sends its next advertisement. */
  advertAt: number | null;
  /** The check's verdict: false once `fall` checks failed in a row, true again after `rise` passes. */
  healthy: boolean;
  /** Whether what the check tests is up now (the check notices at its next runs). */
  serviceUp: boolean;
  /** When the health check runs next (null while the server is off). */
  checkAt: number | null;
  /** Failed (negative) or passed (positive) checks in a row. */
  streak: number;
}

export type SimEventKind = 'advert' | 'master' | 'backup' | 'fault' | 'stopped' | 'started' | 'garp' | 'resign' | 'check';

/** What happened, when, to whom; `reason` and `values` say why (`text` is their English). */
export interface SimEvent extends SimEventWords {
  at: number;
  nodeId: string;
  kind: SimEventKind;
}

export interface Simulation {
  config: SimConfig;
  time: number;
  nodes: Record<string, SimNode>;
  /** The node that last announced the VIP by gratuitous ARP while MASTER: who receives the VIP's traffic. */
  holder: string | null;
  events: SimEvent[];
}

export type SimAction = 'stop' | 'fail-check' | 'restore';

const byId = (sim: Simulation, id: string) => sim.config.nodes.find((n) => n.id === id)!;

/** A pure, deterministic VRRP simulation over virtual time (seconds). Every function returns a new state. */
export function createSimulation(config: SimConfig): Simulation {
  const sim: Simulation = { config, time: 0, nodes: {}, holder: null, events: [] };
  for (const node of config.nodes) sim.nodes[node.id] = { state: 'BACKUP', downTimerAt: null, advertAt: null, healthy: true, serviceUp: true, checkAt: null, streak: 0 };
  for (const node of config.nodes) start(sim, node);
  return sim;
}

function log<K extends SimEventReason>(sim: Simulation, nodeId: string, kind: SimEventKind, reason: K, values: SimEventValues<K>) {
  sim.events.push({ at: sim.time, nodeId, kind, ...simEventWords(reason, values) });
}

const checkTiming = (sim: Simulation) => sim.config.check ?? VRRP_CHECK_TIMING;

/**
 * keepalived 2.2.7 enters BACKUP at start even with `state MASTER` (priority below 255) and takes the VIP
 * only when its master-down timer runs out; its health check runs at once, then every interval.
 */
function start(sim: Simulation, node: SimNodeConfig) {
  const checkAt = sim.config.checkRuns === 'external' ? null : sim.time;
  sim.nodes[node.id] = { ...sim.nodes[node.id], healthy: true, serviceUp: true, streak: 0, checkAt };
  const why = simEventWords(node.startsAsMaster ? 'vrrp.startsBackupAsMaster' : 'vrrp.startsBackup', { name: node.name });
  becomeBackup(sim, node, masterDownInterval(node.priority, sim.config.advertInt), why);
}

function becomeMaster(sim: Simulation, node: SimNodeConfig) {
  sim.nodes[node.id] = { ...sim.nodes[node.id], state: 'MASTER', downTimerAt: null, advertAt: sim.time };
  sim.holder = node.id;
  log(sim, node.id, 'master', 'vrrp.masterDown', { name: node.name });
  log(sim, node.id, 'garp', 'vrrp.garp', { name: node.name, ip: node.ip });
  advertise(sim, node, node.priority);
  sim.nodes[node.id].advertAt = sim.time + sim.config.advertInt;
}

function becomeBackup(sim: Simulation, node: SimNodeConfig, wait: number, why: SimEventWords) {
  sim.nodes[node.id] = { ...sim.nodes[node.id], state: 'BACKUP', advertAt: null, downTimerAt: sim.time + wait };
  if (sim.holder === node.id) sim.holder = null;
  sim.events.push({ at: sim.time, nodeId: node.id, kind: 'backup', ...why });
}

/** Sends an advertisement to every running, healthy peer (unicast) and lets each react at once. */
function advertise(sim: Simulation, sender: SimNodeConfig, priority: number) {
  log(sim, sender.id, priority === 0 ? 'resign' : 'advert', 'vrrp.advert', { name: sender.name, priority });
  for (const peer of sim.config.nodes) {
    if (peer.id === sender.id) continue;
    const state = sim.nodes[peer.id];
    if (state.state === 'BACKUP') receiveAsBackup(sim, peer, priority);
    else if (state.state === 'MASTER' && priority > 0) receiveAsMaster(sim, peer, sender, priority);
  }
}

function receiveAsBackup(sim: Simulation, me: SimNodeConfig, priority: number) {
  const node = sim.nodes[me.id];
  if (priority === 0) {
    node.downTimerAt = sim.time + skewTime(me.priority);
  } else if (!sim.config.preempt || priority >= me.priority) {
    node.downTimerAt = sim.time + masterDownInterval(me.priority, sim.config.advertInt);
  }
  // With preemption, a lower-priority advertisement is ignored: the down timer runs out and this node takes over.
}

function receiveAsMaster(sim: Simulation, me: SimNodeConfig, from: SimNodeConfig, priority: number) {
  const higher = priority > me.priority || (priority === me.priority && compareIp(from.ip, me.ip) > 0);
  if (higher) becomeBackup(sim, me, masterDownInterval(me.priority, sim.config.advertInt), simEventWords('vrrp.higherPriority', { name: me.name, other: from.name, priority }));
}

function compareIp(a: string, b: string): number {
  const n = (ip: string) => ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return n(a) - n(b);
}

interface Timer {
  at: number;
  node: SimNodeConfig;
  check: boolean;
}

/** The earliest timer; at equal times VRRP timers run before health checks. */
function nextTimer(sim: Simulation): Timer | null {
  let best: Timer | null = null;
  for (const node of sim.config.nodes) {
    const s = sim.nodes[node.id];
    const at = s.state === 'MASTER' ? s.advertAt : s.state === 'BACKUP' ? s.downTimerAt : null;
    if (at !== null && (best === null || at < best.at || (at === best.at && best.check))) best = { at, node, check: false };
    if (s.checkAt !== null && (best === null || s.checkAt < best.at)) best = { at: s.checkAt, node, check: true };
  }
  return best;
}

function runCheck(sim: Simulation, node: SimNodeConfig) {
  const s = sim.nodes[node.id];
  s.checkAt = sim.time + checkTiming(sim).interval;
  countCheck(sim, node, s.serviceUp);
}

/** One finished check run: `fall` failures in a row enter FAULT, `rise` passes leave it. */
function countCheck(sim: Simulation, node: SimNodeConfig, passed: boolean) {
  const timing = checkTiming(sim);
  const s = sim.nodes[node.id];
  s.streak = passed ? Math.max(s.streak, 0) + 1 : Math.min(s.streak, 0) - 1;
  if (s.healthy && s.streak <= -timing.fall) {
    if (s.state === 'MASTER') advertise(sim, node, 0);
    sim.nodes[node.id] = { ...sim.nodes[node.id], state: 'FAULT', healthy: false, advertAt: null, downTimerAt: null };
    if (sim.holder === node.id) sim.holder = null;
    log(sim, node.id, 'fault', 'vrrp.fault', { name: node.name });
  } else if (!s.healthy && s.streak >= timing.rise) {
    s.healthy = true;
    log(sim, node.id, 'started', 'vrrp.checkPasses', { name: node.name });
    becomeBackup(sim, node, masterDownInterval(node.priority, sim.config.advertInt), simEventWords('vrrp.leavesFault', { name: node.name }));
  }
}

function clone(sim: Simulation): Simulation {
  const nodes: Record<string, SimNode> = {};
  for (const [id, n] of Object.entries(sim.nodes)) nodes[id] = { ...n };
  return { ...sim, nodes, events: [...sim.events] };
}

/** Runs every timer due up to `until` (inclusive), in time order, then sets the clock to `until`. */
export function advanceTo(previous: Simulation, until: number): Simulation {
  const sim = clone(previous);
  for (let timer = nextTimer(sim); timer && timer.at <= until; timer = nextTimer(sim)) {
    sim.time = timer.at;
    const state = sim.nodes[timer.node.id];
    if (timer.check) runCheck(sim, timer.node);
    else if (state.state === 'MASTER') {
      advertise(sim, timer.node, timer.node.priority);
      state.advertAt = sim.time + sim.config.advertInt;
    } else {
      becomeMaster(sim, timer.node);
    }
  }
  sim.time = Math.max(sim.time, until);
  return sim;
}

/**
 * `stop`: the server is powered off (or keepalived is killed hard); it sends nothing (no priority-0
 * advertisement), so backups wait the whole master-down interval. `fail-check`: what the health check
 * tests goes down; after `fall` failed checks in a row (weight 0) the node enters FAULT, and a MASTER
 * first resigns with a priority-0 advertisement, so backups wait only their skew. `restore`: a stopped
 * server boots and keepalived starts (in BACKUP); a failing service comes back, and after `rise` passed
 * checks a node in FAULT goes back to BACKUP and, with preemption and the highest priority, takes
 * MASTER back once its master-down timer runs out.
 */
export function applyAction(previous: Simulation, nodeId: string, action: SimAction): Simulation {
  const sim = clone(previous);
  const node = byId(sim, nodeId);
  const state = sim.nodes[nodeId];
  if (action === 'stop') {
    if (state.state === 'STOPPED') return sim;
    sim.nodes[nodeId] = { ...state, state: 'STOPPED', advertAt: null, downTimerAt: null, checkAt: null };
    if (sim.holder === nodeId) sim.holder = null;
    log(sim, nodeId, 'stopped', 'vrrp.stopped', { name: node.name });
  } else if (action === 'fail-check') {
    if (state.state === 'STOPPED' || !state.serviceUp) return sim;
    sim.nodes[nodeId] = { ...state, serviceUp: false };
    log(sim, nodeId, 'check', 'vrrp.serviceDown', { name: node.name });
  } else if (state.state === 'STOPPED') {
    log(sim, nodeId, 'started', 'vrrp.restored', { name: node.name });
    start(sim, node);
  } else if (!state.serviceUp) {
    sim.nodes[nodeId] = { ...state, serviceUp: true };
    log(sim, nodeId, 'check', 'vrrp.serviceBack', { name: node.name });
  }
  return sim;
}

/**
 * With `checkRuns: 'external'`: the node's health check finished a run now (at the clock's time), with
 * this result. Ignored while the server is off (a killed keepalived runs no checks).
 */
export function checkRan(previous: Simulation, nodeId: string, passed: boolean): Simulation {
  const sim = clone(previous);
  if (sim.nodes[nodeId]?.state === 'STOPPED') return sim;
  countCheck(sim, byId(sim, nodeId), passed);
  return sim;
}

/** The MASTER nodes now (more than one only for an instant, or when advertisements cannot pass). */
export function masters(sim: Simulation): string[] {
  return sim.config.nodes.filter((n) => sim.nodes[n.id].state === 'MASTER').map((n) => n.id);
}
