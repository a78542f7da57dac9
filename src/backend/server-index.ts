import type { CommittedChanges, ServerRecord, Store, StoreChange } from './store';

/** What the ECS list filters and sorts on, for one server. */
export interface ServerEntry {
  id: string;
  name: string;
  /** `name` in lower case, for the case-insensitive substring search. */
  lower: string;
  created: string;
  status: string;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ECS list's fields of every server of one project, in memory, so a filtered, sorted or deep page
 * costs a walk of this array and reads only the page's records (reading every record of 50,000 servers
 * from IndexedDB costs seconds). Orders are those of the store's indexes: name then id, and created then
 * id, both in code-unit order (`by_name`, `by_created`), so a page is the same with or without the index.
 */
export class ServerIndex {
  private readonly entries = new Map<string, ServerEntry>();
  private sorted: { name?: ServerEntry[]; created?: ServerEntry[] } = {};

  constructor(records: readonly ServerRecord[]) {
    for (const r of records) this.put(r);
  }

  get count(): number {
    return this.entries.size;
  }

  /** Every server in the order of `key`, ascending (cached until a server is added or removed). */
  ordered(key: 'name' | 'created_at'): readonly ServerEntry[] {
    const field = key === 'name' ? 'name' : 'created';
    let list = this.sorted[field];
    if (!list) {
      list = [...this.entries.values()].sort((a, b) => byCodeUnits(a[field], b[field]) || byCodeUnits(a.id, b.id));
      this.sorted[field] = list;
    }
    return list;
  }

  /** Brings the index in step with one committed change of the `servers` store (idempotent). */
  apply(change: StoreChange): void {
    const value = change.value as ServerRecord | undefined;
    if (value) this.put(value);
    else if (this.entries.delete(change.key)) this.sorted = {};
  }

  private put(r: ServerRecord): void {
    const old = this.entries.get(r.id);
    if (old && old.name === r.name && old.created === r.created) {
      // A start, stop or other change that moves nothing: the sorted lists keep the same object.
      old.status = r.status;
      return;
    }
    this.entries.set(r.id, { id: r.id, name: r.name, lower: r.name.toLowerCase(), created: r.created, status: r.status });
    this.sorted = {};
  }
}

/**
 * The server indexes of one backend, one per project, each built on first use from one read of the
 * project's servers and then kept in step with every committed write made through `wrap`ped stores.
 * While an index is being built, committed changes are kept and applied once it is built: the build's
 * read sees some prefix of those writes, and applying a change again sets the same state.
 */
export class ServerIndexes {
  private readonly built = new Map<string, ServerIndex>();
  private readonly building = new Map<string, { done: Promise<ServerIndex>; later: StoreChange[] }>();
  /** Bumped by `load`: a build that started before it must not be kept. */
  private generation = 0;

  /** The store a request uses: writes through it keep this project's index in step. */
  wrap(store: Store, project: string): Store {
    const wrapped: Store = {
      read: (fn) => store.read(fn),
      write: (fn) =>
        store.write(async (tx) => {
          // Applied the moment the transaction commits, before any later transaction runs.
          tx.raw.done.then(
            () => this.committed(project, { changes: [...tx.changes.values()] }),
            () => {},
          );
          return fn(tx);
        }),
      dump: () => store.dump(),
      load: async (dump) => {
        this.forgetAll();
        await store.load(dump);
        this.forgetAll();
      },
      close: () => store.close(),
    };
    owners.set(wrapped, { indexes: this, store });
    return wrapped;
  }

  /** The index if it is built, else undefined. */
  ready(project: string): ServerIndex | undefined {
    return this.built.get(project);
  }

  /** The index, built now (one read of the project's servers) unless it is built or being built. */
  async of(store: Store, project: string): Promise<ServerIndex> {
    const index = this.built.get(project);
    if (index) return index;
    let job = this.building.get(project);
    if (!job) {
      const later: StoreChange[] = [];
      const generation = this.generation;
      const done = store.read((tx) => tx.ofProject('servers', project)).then(
        (records) => {
          const fresh = new ServerIndex(records);
          for (const change of later) fresh.apply(change);
          if (generation === this.generation) {
            this.built.set(project, fresh);
            this.building.delete(project);
          }
          return fresh;
        },
        (error: unknown) => {
          if (generation === this.generation) this.building.delete(project);
          throw error;
        },
      );
      job = { done, later };
      this.building.set(project, job);
    }
    return job.done;
  }

  private committed(project: string, committed: CommittedChanges): void {
    for (const change of committed.changes) {
      if (change.store !== 'servers') continue;
      const owner = change.project ?? project;
      this.built.get(owner)?.apply(change);
      this.building.get(owner)?.later.push(change);
    }
  }

  /** After a `load`, which replaces every store: every index is rebuilt on next use. */
  private forgetAll(): void {
    this.generation++;
    this.built.clear();
    this.building.clear();
  }
}

const owners = new WeakMap<Store, { indexes: ServerIndexes; store: Store }>();

/** The indexes behind a store that `ServerIndexes.wrap` made, or undefined for any other store. */
export function serverIndexesOf(store: Store): ServerIndexes | undefined {
  return owners.get(store)?.indexes;
}
