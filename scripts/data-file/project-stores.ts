import { IDBFactory } from 'fake-indexeddb';
import { openIdbStore, type Store, type StoreOptions } from '../../src/backend/store';

/**
 * The Node server's stores: one in-memory IndexedDB database (fake-indexeddb) per project. IndexedDB runs
 * a transaction only after every earlier one over the same object stores of the same database, so with one
 * database for all, a 500-server create held every other project's requests; databases of different
 * projects never wait for each other. A project's database is opened by its first write: until then its
 * reads go to one shared empty database, so reading any number of unknown project ids costs nothing.
 */
export class ProjectStores {
  private readonly opened = new Map<string, Promise<Store>>();
  private readonly factory = new IDBFactory();
  private empty?: Promise<Store>;

  constructor(private readonly onCommit?: StoreOptions['onCommit']) {}

  /** The project's own database, opened now if needed. */
  open(project: string): Promise<Store> {
    let store = this.opened.get(project);
    if (!store) {
      store = openIdbStore({ idbFactory: this.factory, name: `vip-console-${project}`, onCommit: this.onCommit });
      this.opened.set(project, store);
    }
    return store;
  }

  /** The projects that have a database of their own (every project written to). */
  projects(): string[] {
    return [...this.opened.keys()];
  }

  /** The store a project's requests use: reads its database if it has one, writes open it. */
  storeOf(project: string): Promise<Store> {
    const existing = () => this.opened.get(project) ?? (this.empty ??= openIdbStore({ idbFactory: this.factory, name: 'vip-console-empty' }));
    return Promise.resolve({
      read: async (fn) => (await existing()).read(fn),
      write: async (fn) => (await this.open(project)).write(fn),
      dump: async () => (await existing()).dump(),
      load: async (dump) => (await this.open(project)).load(dump),
      close: () => {},
    });
  }

  async close(): Promise<void> {
    for (const store of [...this.opened.values(), ...(this.empty ? [this.empty] : [])]) (await store).close();
  }
}
