import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { LIVE_CHANGES_CHANNEL, type ChangedStore, type LiveChange, type LiveChangeMessage } from '../contract/live-changes';
import { currentBackend, useConnectionStore } from './connection';
import { eipKeys } from './eips/keys';
import { nextTask } from './next-task';
import { operationKeys } from './operations/keys';
import { haGroupKeys } from './ha-groups/keys';
import { portKeys } from './ports/keys';
import { projectKeys } from './projects/keys';
import { currentProjectId } from './project-store';
import { listenToRemoteChanges } from './remote-changes';
import { serverKeys } from './servers/keys';
import { subnetKeys } from './subnets/keys';
import { userKeys } from './users/keys';
import { vipKeys } from './vips/keys';
import { vpcKeys } from './vpcs/keys';

/** Stands for any one segment of a query key. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- a query-key wildcard no screen shows
export const ANY = '\u0000any';

/** A query-key prefix (segments compared with `===`, `ANY` matches one segment). `[]` is every query. */
export type KeyPattern = readonly unknown[];

export const EVERYTHING: KeyPattern = [];

/** Past this many records of one store, their details are refreshed as a family, not one by one. */
export const MAX_DETAILS_PER_STORE = 20;

const subnetPrivateIps = (): KeyPattern => [...subnetKeys.details(), ANY, 'privateips'];
const serverNics = (): KeyPattern => [...serverKeys.details(), ANY, 'nics'];
/** What deleting or stopping servers would affect (`api/servers/server-cascade.ts`): read from ports, HA groups and servers. */
const serverCascades = (): KeyPattern => [...serverKeys.all, 'cascade'];

interface Family {
  lists: () => readonly unknown[];
  details: () => readonly unknown[];
  detail: (id: string) => readonly unknown[];
}

const own = (family: Family, keys: readonly string[] | null): KeyPattern[] =>
  keys === null ? [family.lists(), family.details()] : [family.lists(), ...keys.map((k) => family.detail(k))];

/**
 * What a change of each backend store makes stale, in the tab: the one place that knows which query
 * reads which store. `keys` are the changed records' ids, or null for "many" (refresh the whole family).
 * - ports: VIPs and NIC ports (lists, and the port as VIP or NIC), every server's NIC list (pairs and
 *   check), and every subnet's private IPs (the port's address is taken or free). Not the servers
 *   themselves: their `addresses` come from NIC fixed IPs, which a port write never changes (NICs come
 *   and go with their server, in a write that changes the servers store too).
 *   The topology reads these same families (subnet ports, servers, VIPs).
 * - publicips: EIPs, the VIPs (which show their EIP) and servers (floating addresses).
 * - servers: servers (a server's detail prefix holds its NICs). Its ports change in the same write.
 * - ha_groups, vpcs, subnets: their own lists and details (a subnet's detail prefix holds its private IPs).
 * - ports, servers and ha_groups also make the server cascades stale (what a delete or stop would affect).
 * - users, operations: their own lists. jobs: nothing is shown from them.
 * - meta (a project's seed flag: a reset; its name): everything.
 */
const STORE_TARGETS: Record<ChangedStore, (keys: readonly string[] | null) => KeyPattern[]> = {
  ports: (keys) => [...own(vipKeys, keys), ...own(portKeys, keys), serverNics(), serverCascades(), subnetPrivateIps()],
  publicips: (keys) => [...own(eipKeys, keys), vipKeys.all, serverKeys.all],
  servers: (keys) => [...own(serverKeys, keys), serverCascades()],
  ha_groups: (keys) => [...own(haGroupKeys, keys), serverCascades()],
  vpcs: (keys) => own(vpcKeys, keys),
  subnets: (keys) => own(subnetKeys, keys),
  jobs: () => [],
  users: () => [userKeys.all],
  operations: () => [operationKeys.all],
  meta: () => [EVERYTHING],
};

/** The query-key patterns a list of changes makes stale, without repeats. */
export function targetsOfChanges(changes: readonly LiveChange[]): KeyPattern[] {
  const byStore = new Map<ChangedStore, Set<string> | null>();
  for (const { store, key } of changes) {
    if (!(store in STORE_TARGETS)) continue;
    const keys = byStore.has(store) ? byStore.get(store)! : new Set<string>();
    if (keys === null || key === undefined) byStore.set(store, null);
    else byStore.set(store, keys.add(key));
  }
  const targets = new Map<string, KeyPattern>();
  for (const [store, keys] of byStore) {
    const many = keys === null || keys.size > MAX_DETAILS_PER_STORE;
    for (const pattern of STORE_TARGETS[store](many ? null : [...keys])) targets.set(JSON.stringify(pattern), pattern);
  }
  return [...targets.values()];
}

/** What a message from the worker makes stale in a tab working in `projectId`: nothing for another project. */
export function targetsOfMessage(message: LiveChangeMessage, projectId: string): KeyPattern[] {
  if (message.reset) return [EVERYTHING];
  // A project's name lives in its meta record: every tab's project list shows it.
  const names = message.changes.some((c) => c.store === 'meta') ? [projectKeys.all] : [];
  if (message.project !== null && message.project !== projectId) return names;
  return [...names, ...targetsOfChanges(message.changes)];
}

export function matchesPattern(pattern: KeyPattern, queryKey: QueryKey): boolean {
  return pattern.length <= queryKey.length && pattern.every((segment, i) => segment === ANY || segment === queryKey[i]);
}

let holds = 0;
const releaseListeners = new Set<() => void>();

/**
 * Holds this tab's live refreshes until the returned function is called: a workflow holds them while its
 * steps run, so that its own writes do not refetch lists between two steps (the refetches and the
 * re-renders they cause compete with the next step), then invalidates its keys and releases. What came
 * in meanwhile (its own writes, another tab's) is refreshed on release, once.
 */
export function holdLiveRefresh(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds === 0) for (const listener of [...releaseListeners]) listener();
  };
}

/**
 * Collects patterns and invalidates them all with ONE `invalidateQueries` per batch (the next task after
 * the first pattern), so a burst of messages refreshes each active query once. Invalidation cancels a
 * fetch already in flight (it may have started before the change) and fetches again. While refreshes are
 * held (`holdLiveRefresh`) patterns only collect; on release they are invalidated without cancelling a
 * fetch in flight: the holder started it on release, after every change held.
 */
export function createInvalidationBatch(qc: QueryClient, schedule: (flush: () => void) => void = nextTask) {
  const pending = new Map<string, KeyPattern>();
  let held = false;
  const flush = () => {
    if (holds > 0) {
      held = true;
      return;
    }
    const patterns = [...pending.values()];
    pending.clear();
    const afterHold = held;
    held = false;
    const predicate = (q: { queryKey: QueryKey }) => patterns.some((p) => matchesPattern(p, q.queryKey));
    if (patterns.length) void qc.invalidateQueries({ predicate }, { cancelRefetch: !afterHold });
  };
  releaseListeners.add(() => {
    if (held) schedule(flush);
  });
  return (patterns: readonly KeyPattern[]) => {
    if (patterns.length === 0) return;
    const first = pending.size === 0;
    for (const p of patterns) pending.set(JSON.stringify(p), p);
    if (first) schedule(flush);
  };
}

/**
 * Keeps this tab live: every change the backend commits (from any tab or client, this one included)
 * refreshes what it touches. The in-browser backend's worker announces changes on a BroadcastChannel; a
 * remote backend streams them (`GET /console/v1/{project_id}/changes`, see `remote-changes.ts`), or is
 * polled when it has no stream. Follows the backend in use when it is switched. Returns the function
 * that stops listening.
 */
export function listenToLiveChanges(
  invalidate: (patterns: readonly KeyPattern[]) => void,
  onMessage: (message: LiveChangeMessage) => void = () => {},
): () => void {
  const heard = (message: LiveChangeMessage) => {
    onMessage(message);
    invalidate(targetsOfMessage(message, currentProjectId()));
  };
  let stop = listenTo(heard, invalidate);
  const unsubscribe = useConnectionStore.subscribe((s, previous) => {
    if (s.backend === previous.backend) return;
    stop();
    stop = listenTo(heard, invalidate);
  });
  return () => {
    unsubscribe();
    stop();
  };
}

function listenTo(heard: (message: LiveChangeMessage) => void, invalidate: (patterns: readonly KeyPattern[]) => void): () => void {
  const backend = currentBackend();
  if (backend.kind === 'remote') return listenToRemoteChanges(backend, heard, () => invalidate([EVERYTHING]));
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(LIVE_CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<LiveChangeMessage>) => heard(event.data);
  return () => channel.close();
}

/** True when the backend announces its writes (the in-browser worker, or a remote one through its stream or polling). */
export const hasLiveChanges = () => currentBackend().kind === 'remote' || typeof BroadcastChannel !== 'undefined';
