import { DEMO_PROJECT_ID } from '../contract';
import type { BackendOptions } from './handler';
import type { MetaRecord, Store, UserRecord } from './store';

/**
 * Every project a backend holds, whether it keeps them in one store (the service worker, tests) or in one
 * store each (the Node server). Routes above projects (`/v3/projects`) and the lookup of a user by its
 * credential go through here.
 */
export interface ProjectSpace {
  storeOf(project: string): Promise<Store>;
  /** The store of a route above projects: the one store, or (one store per project) a store that refuses use. */
  anyStore(): Store;
  /** Waits until the demo project exists (it seeds itself on first use), so it is always listed. */
  ready(seed: (store: Store, project: string) => Promise<void>): Promise<void>;
  /** Every project's meta record (a project with none has never been written to). */
  metas(): Promise<MetaRecord[]>;
  /** The user a token or access key belongs to: in `project` only when given, else in any project. */
  findUser(credential: { token: string } | { accessKey: string }, project?: string): Promise<UserRecord | undefined>;
}

function lookUp(store: Store, credential: { token: string } | { accessKey: string }): Promise<UserRecord | undefined> {
  return store.read((tx) =>
    'token' in credential
      ? tx.raw.objectStore('users').index('by_token').get(credential.token)
      : tx.raw.objectStore('users').index('by_access_key').get(credential.accessKey),
  );
}

const unusable: Store = {
  read: () => Promise.reject(new Error('A route above projects has no store of its own; use the project space.')),
  write: () => Promise.reject(new Error('A route above projects has no store of its own; use the project space.')),
  dump: () => Promise.reject(new Error('No store.')),
  load: () => Promise.reject(new Error('No store.')),
  close: () => {},
};

export function projectSpace(options: BackendOptions): ProjectSpace {
  if ('store' in options) {
    const { store } = options;
    return {
      storeOf: () => Promise.resolve(store),
      anyStore: () => store,
      ready: (seed) => seed(store, DEMO_PROJECT_ID),
      metas: () => store.read((tx) => tx.raw.objectStore('meta').getAll()),
      findUser: (credential) => lookUp(store, credential),
    };
  }
  const { storeOf, projects } = options;
  return {
    storeOf,
    anyStore: () => unusable,
    ready: async (seed) => seed(await storeOf(DEMO_PROJECT_ID), DEMO_PROJECT_ID),
    async metas() {
      const all = await Promise.all(projects().map(async (p) => (await storeOf(p)).read((tx) => tx.get('meta', p))));
      return all.filter((m): m is MetaRecord => m !== undefined);
    },
    async findUser(credential, project) {
      // The request's own project first (the usual case), then every other: a user of another project
      // must be recognised, so that it is refused (403), not taken for the built-in administrator.
      if (project !== undefined) {
        const own = await lookUp(await storeOf(project), credential);
        if (own) return own;
      }
      for (const p of projects()) {
        if (p === project) continue;
        const user = await lookUp(await storeOf(p), credential);
        if (user) return user;
      }
      return undefined;
    },
  };
}
