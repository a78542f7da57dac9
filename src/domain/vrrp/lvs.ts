import { simEventWords, type SimEventWords } from './event-wording';

/**
 * LVS-DR real-server health as keepalived's checkers see it, over the same virtual seconds as the VRRP
 * engine. Each real server is checked every `delayLoop` seconds (the ticks 0, delayLoop, 2 x delayLoop...).
 * A server that stops answering is noticed at the first tick at or after the failure, retried `retry`
 * times `delayBeforeRetry` apart, and then removed from the rotation (the failed attempts are taken to
 * fail at once, as a refused connection does). A restored server is put back at the first tick at or after
 * the restore, since one successful check is enough. Pure and deterministic like the VRRP engine.
 */

export interface RealServerConfig {
  id: string;
  name: string;
  ip: string;
}

export interface RotationConfig {
  servers: RealServerConfig[];
  /** keepalived `delay_loop`; the console generates 6. */
  delayLoop: number;
  /** keepalived `retry`; the console generates 3. */
  retry: number;
  /** keepalived `delay_before_retry`; the console generates 3. */
  delayBeforeRetry: number;
}

export interface RealServerState {
  healthy: boolean;
  inRotation: boolean;
  /** When the director will next change this server's place in the rotation, if it will. */
  changeAt: number | null;
}

export type RotationEventKind = 'rs-failing' | 'rs-removed' | 'rs-restored' | 'rs-added';

export interface RotationEvent extends SimEventWords {
  at: number;
  nodeId: string;
  kind: RotationEventKind;
}

export interface Rotation {
  config: RotationConfig;
  time: number;
  servers: Record<string, RealServerState>;
  events: RotationEvent[];
}

export type RealServerAction = 'stop' | 'fail-check' | 'restore';

/** The generated keepalived.conf's checker timing (delay_loop 6, retry 3, delay_before_retry 3). */
export const DEFAULT_CHECK_TIMING = { delayLoop: 6, retry: 3, delayBeforeRetry: 3 } as const;

export function createRotation(config: RotationConfig): Rotation {
  const servers: Record<string, RealServerState> = {};
  for (const s of config.servers) servers[s.id] = { healthy: true, inRotation: true, changeAt: null };
  return { config, time: 0, servers, events: [] };
}

/** The first checker tick at or after `t`. */
export function nextCheckAt(t: number, delayLoop: number): number {
  const k = Math.ceil(t / delayLoop - 1e-9);
  return Math.max(0, k * delayLoop);
}

/** When a real server that stops answering at `failedAt` leaves the rotation. */
export function removalTime(failedAt: number, timing: Pick<RotationConfig, 'delayLoop' | 'retry' | 'delayBeforeRetry'>): number {
  return nextCheckAt(failedAt, timing.delayLoop) + timing.retry * timing.delayBeforeRetry;
}

const nameOf = (r: Rotation, id: string) => r.config.servers.find((s) => s.id === id)?.name ?? id;

function clone(r: Rotation): Rotation {
  const servers: Record<string, RealServerState> = {};
  for (const [id, s] of Object.entries(r.servers)) servers[id] = { ...s };
  return { ...r, servers, events: [...r.events] };
}

/** Applies every pending change due up to `until` (inclusive), in time order, then sets the clock. */
export function advanceRotation(previous: Rotation, until: number): Rotation {
  const r = clone(previous);
  const due = r.config.servers
    .map((s) => ({ id: s.id, at: r.servers[s.id].changeAt }))
    .filter((d): d is { id: string; at: number } => d.at !== null && d.at <= until)
    .sort((a, b) => a.at - b.at);
  for (const d of due) {
    const s = r.servers[d.id];
    s.changeAt = null;
    if (s.healthy && !s.inRotation) {
      s.inRotation = true;
      r.events.push({ at: d.at, nodeId: d.id, kind: 'rs-added', ...simEventWords('lvs.added', { name: nameOf(r, d.id) }) });
    } else if (!s.healthy && s.inRotation) {
      s.inRotation = false;
      r.events.push({ at: d.at, nodeId: d.id, kind: 'rs-removed', ...simEventWords('lvs.removed', { name: nameOf(r, d.id), count: r.config.retry + 1 }) });
    }
  }
  r.time = Math.max(r.time, until);
  return r;
}

/** `stop` and `fail-check` both make the server fail its checks; `restore` makes it pass again. */
export function applyRealServerAction(previous: Rotation, id: string, action: RealServerAction): Rotation {
  const r = clone(previous);
  const s = r.servers[id];
  if (!s) return r;
  if (action === 'restore') {
    if (s.healthy) return r;
    s.healthy = true;
    s.changeAt = s.inRotation ? null : nextCheckAt(r.time, r.config.delayLoop);
    r.events.push({ at: r.time, nodeId: id, kind: 'rs-restored', ...simEventWords('lvs.restored', { name: nameOf(r, id) }) });
  } else {
    if (!s.healthy) return r;
    s.healthy = false;
    s.changeAt = s.inRotation ? removalTime(r.time, r.config) : null;
    const why = simEventWords(action === 'stop' ? 'lvs.stopped' : 'lvs.checkFails', { name: nameOf(r, id) });
    r.events.push({ at: r.time, nodeId: id, kind: 'rs-failing', ...why });
  }
  return r;
}

/** The real servers the directors send requests to now. */
export function inRotation(r: Rotation): string[] {
  return r.config.servers.filter((s) => r.servers[s.id].inRotation).map((s) => s.id);
}
