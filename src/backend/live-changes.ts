import type { ChangedStore, LiveChange, LiveChangeMessage } from '../contract/live-changes';
import type { CommittedChanges, StoreName } from './store';

/** Past this many records of one store in one write, the message names the store only (a bulk write). */
export const MAX_KEYS_PER_STORE = 20;

// Every store the backend has must be a store the message can name.
const asChangedStore = (store: StoreName): ChangedStore => store;

/**
 * What one committed write transaction tells the tabs: one message per project it touched, each
 * naming the changed records as `{store, key}` (no record bodies), or only the store when more than
 * `MAX_KEYS_PER_STORE` of its records changed, so a 10,000-server load is one short message.
 * A delete whose project the store did not record belongs to the transaction's only project (a request
 * works in one project); when there is no single one, it goes out with `project: null` (every tab).
 */
export function summarizeCommit(committed: CommittedChanges): LiveChangeMessage[] {
  if (committed.reset) return [{ project: null, changes: [], reset: true }];
  const known = new Set(committed.changes.flatMap((c) => (c.project === undefined ? [] : [c.project])));
  const only = known.size === 1 ? [...known][0] : null;
  const byProject = new Map<string | null, Map<ChangedStore, Set<string>>>();
  for (const change of committed.changes) {
    const project = change.project ?? only;
    const stores = byProject.get(project) ?? new Map<ChangedStore, Set<string>>();
    byProject.set(project, stores);
    const store = asChangedStore(change.store);
    const keys = stores.get(store) ?? new Set<string>();
    stores.set(store, keys);
    keys.add(change.key);
  }
  return [...byProject].map(([project, stores]) => ({
    project,
    changes: [...stores].flatMap(([store, keys]): LiveChange[] =>
      keys.size > MAX_KEYS_PER_STORE ? [{ store }] : [...keys].map((key) => ({ store, key })),
    ),
  }));
}

/**
 * The store's `onCommit` for the service worker: posts what each committed write changed. A failure to
 * post must not fail the write (it has committed), so it is only logged.
 */
export function announceCommits(post: (message: LiveChangeMessage) => void): (committed: CommittedChanges) => void {
  return (committed) => {
    try {
      for (const message of summarizeCommit(committed)) post(message);
    } catch (error) {
      console.warn('Could not announce a committed change to the open tabs:', error);
    }
  };
}
