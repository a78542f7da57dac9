import { afterMarkerRange, type CommittedChanges, type ServerRecord, type Store, type StoreChange } from './store';

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

type OrderField = 'name' | 'created';
const compareBy = (field: OrderField) => (a: ServerEntry, b: ServerEntry) => byCodeUnits(a[field], b[field]) || byCodeUnits(a.id, b.id);
const COMPARE = { name: compareBy('name'), created: compareBy('created') };

/** Where `entry` sits (or would sit) in `list`, sorted by `compare`. */
function positionOf(list: readonly ServerEntry[], entry: ServerEntry, compare: (a: ServerEntry, b: ServerEntry) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid], entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ECS list's fields of every server of one project, in memory, so a filtered, sorted or deep page
 * costs a walk of an array and reads only the page's records (reading every record of 50,000 servers
 * from IndexedDB costs seconds). Both orders are kept sorted as servers come and go (a binary search
 * and one splice per change), so no list ever waits for a sort. Orders are those of the store's
 * indexes: name then id, and created then id, both in code-unit order (`by_name`, `by_created`), so a
 * page is the same with or without the index.
 */
export class ServerIndex {
  private readonly entries = new Map<string, ServerEntry>();
  private readonly sorted: Record<OrderField, ServerEntry[]>;

  constructor(records: readonly ServerRecord[]) {
    for (const r of records) this.entries.set(r.id, entryOf(r));
    const all = [...this.entries.values()];
    this.sorted = { name: [...all].sort(COMPARE.name), created: all.sort(COMPARE.created) };
  }

  get count(): number {
    return this.entries.size;
  }

  /** Every server in the order of `key`, ascending. */
  ordered(key: 'name' | 'created_at'): readonly ServerEntry[] {
    return this.sorted[key === 'name' ? 'name' : 'created'];
  }

  /** Brings the index in step with one committed change of the `servers` store (idempotent). */
  apply(change: StoreChange): void {
    const value = change.value as ServerRecord | undefined;
    if (value) this.put(value);
    else this.remove(change.key);
  }

  private put(r: ServerRecord): void {
    const old = this.entries.get(r.id);
    if (old && old.name === r.name && old.created === r.created) {
      // A start, stop or other change that moves nothing: both orders keep the same object.
      old.status = r.status;
      return;
    }
    if (old) this.remove(r.id);
    const entry = entryOf(r);
    this.entries.set(r.id, entry);
    for (const field of ['name', 'created'] as const) {
      const list = this.sorted[field];
      list.splice(positionOf(list, entry, COMPARE[field]), 0, entry);
    }
  }

  private remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.delete(id);
    for (const field of ['name', 'created'] as const) {
      const list = this.sorted[field];
      const at = positionOf(list, old, COMPARE[field]);
      if (list[at] === old) list.splice(at, 1);
    }
  }
}

function entryOf(r: ServerRecord): ServerEntry {
  return { id: r.id, name: r.name, lower: r.name.toLowerCase(), created: r.created, status: r.status };
}

/** Servers read per transaction while an index is built: other requests' transactions run in between. */
const BUILD_CHUNK = 2000;

/** Every server of the project, read in chunks of BUILD_CHUNK in id order, one read transaction each. */
async function readInChunks(store: Store, project: string): Promise<ServerRecord[]> {
  const out: ServerRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const chunk = await store.read((tx) => tx.all('servers', 'by_project', afterMarkerRange(project, after), BUILD_CHUNK));
    out.push(...chunk);
    if (chunk.length < BUILD_CHUNK) return out;
    after = chunk[chunk.length - 1].id;
  }
}

/**
 * The server indexes of one backend, one per project, each built on first use from reads of the
 * project's servers and then kept in step with every committed write made through `wrap`ped stores.
 * While an index is being built, committed changes are kept and applied once it is built: each of the
 * build's reads sees some prefix of those writes, and applying a change again sets the same state.
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

  /** The index, built now (chunked reads of the project's servers) unless it is built or being built. */
  async of(store: Store, project: string): Promise<ServerIndex> {
    const index = this.built.get(project);
    if (index) return index;
    let job = this.building.get(project);
    if (!job) {
      const later: StoreChange[] = [];
      const generation = this.generation;
      const done = readInChunks(store, project).then(
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
