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

export interface SimConfig {
  nodes: SimNodeConfig[];
  advertInt: number;
  preempt: boolean;
}

export interface SimNode {
  state: VrrpState;
  /** When this node, as BACKUP, declares the master down. */
  downTimerAt: number | null;
  /** When this node, as MASTER, sends its next advertisement. */
  advertAt: number | null;
  healthy: boolean;
}

export type SimEventKind = 'advert' | 'master' | 'backup' | 'fault' | 'stopped' | 'started' | 'garp' | 'resign';

export interface SimEvent {
  at: number;
  nodeId: string;
  kind: SimEventKind;
  text: string;
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
  for (const node of config.nodes) sim.nodes[node.id] = { state: 'BACKUP', downTimerAt: null, advertAt: null, healthy: true };
  for (const node of config.nodes) start(sim, node);
  return sim;
}

function log(sim: Simulation, nodeId: string, kind: SimEventKind, text: string) {
  sim.events.push({ at: sim.time, nodeId, kind, text });
}

function start(sim: Simulation, node: SimNodeConfig) {
  if (node.startsAsMaster) becomeMaster(sim, node, 'starts as MASTER (state MASTER in its keepalived.conf)');
  else becomeBackup(sim, node, masterDownInterval(node.priority, sim.config.advertInt), 'starts as BACKUP');
}

function becomeMaster(sim: Simulation, node: SimNodeConfig, why: string) {
  sim.nodes[node.id] = { ...sim.nodes[node.id], state: 'MASTER', downTimerAt: null, advertAt: sim.time };
  sim.holder = node.id;
  log(sim, node.id, 'master', `${node.name} becomes MASTER: ${why}`);
  log(sim, node.id, 'garp', `${node.name} sends gratuitous ARP: the VIP now reaches ${node.ip}`);
  advertise(sim, node, node.priority);
  sim.nodes[node.id].advertAt = sim.time + sim.config.advertInt;
}

function becomeBackup(sim: Simulation, node: SimNodeConfig, wait: number, why: string) {
  sim.nodes[node.id] = { ...sim.nodes[node.id], state: 'BACKUP', advertAt: null, downTimerAt: sim.time + wait };
  if (sim.holder === node.id) sim.holder = null;
  log(sim, node.id, 'backup', `${node.name} is BACKUP: ${why}`);
}

/** Sends an advertisement to every running, healthy peer (unicast) and lets each react at once. */
function advertise(sim: Simulation, sender: SimNodeConfig, priority: number) {
  log(sim, sender.id, priority === 0 ? 'resign' : 'advert', `${sender.name} advertises priority ${priority}`);
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
  if (higher) becomeBackup(sim, me, masterDownInterval(me.priority, sim.config.advertInt), `${from.name} advertises a higher priority (${priority})`);
}

function compareIp(a: string, b: string): number {
  const n = (ip: string) => ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return n(a) - n(b);
}

function nextTimer(sim: Simulation): { at: number; node: SimNodeConfig } | null {
  let best: { at: number; node: SimNodeConfig } | null = null;
  for (const node of sim.config.nodes) {
    const s = sim.nodes[node.id];
    const at = s.state === 'MASTER' ? s.advertAt : s.state === 'BACKUP' ? s.downTimerAt : null;
    if (at !== null && (best === null || at < best.at)) best = { at, node };
  }
  return best;
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
    if (state.state === 'MASTER') {
      advertise(sim, timer.node, timer.node.priority);
      state.advertAt = sim.time + sim.config.advertInt;
    } else {
      becomeMaster(sim, timer.node, 'no advertisement from a master within its master-down interval');
    }
  }
  sim.time = Math.max(sim.time, until);
  return sim;
}

/**
 * `stop`: the server is powered off; it sends nothing (no priority-0 advertisement), so backups wait the
 * whole master-down interval. `fail-check`: keepalived's health check (weight 0) fails: the node enters
 * FAULT, and a MASTER first resigns with a priority-0 advertisement, so backups wait only their skew.
 * `restore`: a stopped server boots and keepalived starts as its keepalived.conf says; a node in FAULT
 * whose check passes again goes back to BACKUP (keepalived leaves FAULT that way) and, with preemption
 * and the highest priority, takes MASTER back once its master-down timer runs out.
 */
export function applyAction(previous: Simulation, nodeId: string, action: SimAction): Simulation {
  const sim = clone(previous);
  const node = byId(sim, nodeId);
  const state = sim.nodes[nodeId];
  if (action === 'stop') {
    sim.nodes[nodeId] = { ...state, state: 'STOPPED', advertAt: null, downTimerAt: null };
    if (sim.holder === nodeId) sim.holder = null;
    log(sim, nodeId, 'stopped', `${node.name} stops: it sends no more advertisements`);
  } else if (action === 'fail-check') {
    if (state.state === 'MASTER') advertise(sim, node, 0);
    sim.nodes[nodeId] = { ...sim.nodes[nodeId], state: 'FAULT', healthy: false, advertAt: null, downTimerAt: null };
    if (sim.holder === nodeId) sim.holder = null;
    log(sim, nodeId, 'fault', `${node.name} fails its health check and enters FAULT`);
  } else if (state.state === 'STOPPED') {
    sim.nodes[nodeId] = { ...state, healthy: true };
    log(sim, nodeId, 'started', `${node.name} is restored`);
    start(sim, node);
  } else if (state.state === 'FAULT') {
    sim.nodes[nodeId] = { ...state, healthy: true };
    log(sim, nodeId, 'started', `${node.name} passes its health check again`);
    becomeBackup(sim, node, masterDownInterval(node.priority, sim.config.advertInt), 'leaves FAULT');
  }
  return sim;
}

/** The MASTER nodes now (more than one only for an instant, or when advertisements cannot pass). */
export function masters(sim: Simulation): string[] {
  return sim.config.nodes.filter((n) => sim.nodes[n.id].state === 'MASTER').map((n) => n.id);
}
