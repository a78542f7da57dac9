import { IDBFactory } from 'fake-indexeddb';
import { openIdbStore, type Store, type StoreOptions } from '../../src/backend/store';

/**
 * The Node server's stores: one in-memory IndexedDB database (fake-indexeddb) per project, opened on the
 * project's first request. IndexedDB runs a transaction only after every earlier one over the same
 * object stores of the same database, so with one database for all, a 500-server create held every
 * other project's requests; databases of different projects never wait for each other.
 */
export class ProjectStores {
  private readonly stores = new Map<string, Promise<Store>>();
  private readonly factory = new IDBFactory();

  constructor(private readonly onCommit?: StoreOptions['onCommit']) {}

  storeOf(project: string): Promise<Store> {
    let store = this.stores.get(project);
    if (!store) {
      store = openIdbStore({ idbFactory: this.factory, name: `vip-console-${project}`, onCommit: this.onCommit });
      this.stores.set(project, store);
    }
    return store;
  }

  async close(): Promise<void> {
    for (const store of this.stores.values()) (await store).close();
  }
}
