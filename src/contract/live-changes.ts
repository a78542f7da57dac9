/**
 * The console's own cross-tab notice (not a Huawei API): after every write the in-browser backend commits,
 * the service worker posts a `LiveChangeMessage` on the BroadcastChannel named `LIVE_CHANGES_CHANNEL`,
 * and every open tab of the console refreshes what the change touches (`src/api/live-updates.ts`).
 * It names records, never their contents: a tab reads the new state through the API as usual.
 */
export const LIVE_CHANGES_CHANNEL = 'vip-console-changes';

/** The backend's stores (IndexedDB object stores), as a change names them. */
export type ChangedStore = 'vpcs' | 'subnets' | 'ports' | 'publicips' | 'servers' | 'jobs' | 'ha_groups' | 'users' | 'operations' | 'meta';

/**
 * One changed record: its store and primary key (a resource id; a project id in `meta`). Without `key`,
 * many records of that store changed at once (a bulk load): everything read from that store is stale.
 */
export interface LiveChange {
  store: ChangedStore;
  key?: string;
}

/**
 * What one committed write changed in one project. `project` is null when the backend could not tell
 * the project (a delete it did not read first, mixed with other projects' writes): every tab applies it.
 * `reset` says every store was replaced (a whole-store load): every tab refreshes everything.
 */
export interface LiveChangeMessage {
  project: string | null;
  changes: LiveChange[];
  reset?: boolean;
}
