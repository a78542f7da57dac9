import { wrap, type IDBPDatabase, type IDBPTransaction, type IndexKey, type IndexNames, type StoreValue } from 'idb';
import { nextRevision } from './revision';
import { DB_VERSION, RESOURCE_STORES, STORE_NAMES, type MetaRecord, type ProjectStoreName, type StoreName, type VipConsoleDb } from './schema';

type Db = IDBPDatabase<VipConsoleDb>;
type RawTx = IDBPTransaction<VipConsoleDb, StoreName[], 'readwrite'>;
type Value<S extends StoreName> = StoreValue<VipConsoleDb, S>;
/** What the server count needs of a server record. */
type ServerValue = { id: string; project_id: string };

/** Every record of every store, as the Node server writes it to its JSON file. */
export interface StoreDump {
  format: 'vip-console-store';
  version: number;
  stores: Partial<Record<StoreName, unknown[]>>;
}

/**
 * The backend's only way to the data. `read` and `write` each run `fn` in ONE IndexedDB transaction
 * over every object store. Inside `fn`, await nothing but the `Tx` methods: IndexedDB commits a
 * transaction as soon as it has no pending request at the end of a task, so awaiting anything else
 * (a timer, a fetch) would commit half a request. If `fn` throws, the write transaction is aborted and
 * nothing it wrote is kept: a refused request changes nothing.
 */
/**
 * One record a committed write transaction put (`value` set) or deleted (`value` undefined). `project` is
 * the record's project when it is known (always for puts; for deletes when the record was read first).
 */
export interface StoreChange {
  store: StoreName;
  key: string;
  project?: string;
  value?: unknown;
}

/** What a write transaction changed, once it has committed; `reset` when it replaced every store (`load`). */
export interface CommittedChanges {
  changes: StoreChange[];
  reset?: boolean;
}

export interface StoreOptions {
  name?: string;
  idbFactory?: IDBFactory;
  /**
   * Awaited after every write transaction that changed something has committed, before `write` resolves:
   * the Node server makes the change durable here, the service worker announces it to every tab. If it
   * throws, `write` rejects with that error although the transaction has committed.
   */
  onCommit?: (committed: CommittedChanges) => void | Promise<void>;
}

export interface Store {
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  dump(): Promise<StoreDump>;
  /** Replaces everything with the dump's records (one transaction). */
  load(dump: StoreDump): Promise<void>;
  close(): void;
}

const PUT_BATCH = 200;
/** Up to this many new servers in one write, each one's state before is read on its own (a create takes 500 at most). */
const BY_RECORD_UP_TO = 1000;

/** All keys of a compound index that start with `parts` (e.g. every `[project, network_id, *]`). */
export function prefixRange(...parts: string[]): IDBKeyRange {
  return IDBKeyRange.bound(parts, [...parts, []]);
}

/** Keys of `[project, id]` after `marker` (exclusive), for marker paging on the `by_project` index. */
export function afterMarkerRange(project: string, marker: string | undefined): IDBKeyRange {
  return marker ? IDBKeyRange.bound([project, marker], [project, []], true, false) : prefixRange(project);
}

/**
 * A transaction handed to a route. Thin typed helpers over idb; `raw` gives the idb transaction for
 * cursors. On a read transaction the writing helpers throw (IndexedDB's ReadOnlyError).
 */
export class Tx {
  /** Every record put or deleted so far, last write per key wins. */
  readonly changes = new Map<string, StoreChange>();

  /**
   * In a write transaction, the records it has read or written, by `store\0key` (undefined: known
   * absent). A write request often reads one record twice (the route's If-Match check, then the update
   * it calls); no other transaction can write these stores meanwhile, so the second read needs no
   * IndexedDB request and gets a copy of the record as read or written. (Routes never change a record
   * they read without writing it back; reads, lists included, are not kept: copying them would cost more.)
   */
  private readonly known: Map<string, unknown> | null;

  /**
   * In a write transaction, every server it put or deleted: its project, the project it belonged to
   * before the transaction (undefined: it did not exist) and whether it exists now. The first write of a
   * server looks up its state before, so `settleServerCounts` knows how many servers each project gained
   * or lost.
   */
  private readonly servers = new Map<string, { project: string; before: string | undefined; exists: boolean }>();

  constructor(
    readonly raw: RawTx,
    mode: IDBTransactionMode = 'readwrite',
  ) {
    this.known = mode === 'readwrite' ? new Map() : null;
  }

  private record(store: StoreName, key: string, value: unknown, project: string | undefined, bulk = false): void {
    const at = `${store}\u0000${key}`;
    this.changes.set(at, { store, key, project, value });
    // A bulk write's records are not kept (nobody reads them again in that request): forget any older read.
    if (bulk) this.known?.delete(at);
    else this.known?.set(at, value);
  }

  /** Gives the record a new revision (its ETag), in place, as it is written. */
  private stamp<S extends StoreName>(store: S, value: Value<S>, bulk = false): Value<S> {
    const record = value as { id?: string; project_id: string; rev?: string };
    if (store !== 'meta') record.rev = nextRevision();
    this.record(store, record.id ?? record.project_id, value, record.project_id, bulk);
    return value;
  }

  async get<S extends StoreName>(store: S, id: string): Promise<Value<S> | undefined> {
    const key = `${store}\u0000${id}`;
    if (this.known?.has(key)) {
      const value = this.known.get(key) as Value<S> | undefined;
      return value === undefined ? undefined : structuredClone(value);
    }
    const value = await this.raw.objectStore(store).get(id);
    this.known?.set(key, value);
    return value;
  }

  /** A project's record, or undefined when it does not exist or belongs to another project. */
  async getOwned<S extends ProjectStoreName>(store: S, project: string, id: string): Promise<Value<S> | undefined> {
    const record = await this.get(store, id);
    return record && record.project_id === project ? record : undefined;
  }

  all<S extends StoreName, I extends IndexNames<VipConsoleDb, S>>(
    store: S,
    index: I,
    query: IndexKey<VipConsoleDb, S, I> | IDBKeyRange,
    count?: number,
  ): Promise<Value<S>[]> {
    return this.raw.objectStore(store).index(index).getAll(query, count);
  }

  count<S extends StoreName, I extends IndexNames<VipConsoleDb, S>>(
    store: S,
    index: I,
    query: IndexKey<VipConsoleDb, S, I> | IDBKeyRange,
  ): Promise<number> {
    return this.raw.objectStore(store).index(index).count(query);
  }

  /** Every record of the project in `store`, in id order. */
  ofProject<S extends ProjectStoreName>(store: S, project: string): Promise<Value<S>[]> {
    return this.all(store, 'by_project' as IndexNames<VipConsoleDb, S>, prefixRange(project));
  }

  /** Writes the record; `value.rev` is set to its new revision, so a view made of `value` afterwards carries it. */
  async put<S extends StoreName>(store: S, value: Value<S>): Promise<void> {
    if (store === 'servers') await this.noteServers([value as ServerValue], true);
    await this.raw.objectStore(store).put(this.stamp(store, value));
  }

  /**
   * Queues many puts at a time (much faster than awaiting each) and waits for all of them. Queued in
   * batches: queuing a put copies the record at once, so 6,000 in one go would hold the thread for a
   * second, and with it every other database's transactions (the Node server has one per project).
   */
  async putMany<S extends StoreName>(store: S, values: readonly Value<S>[]): Promise<void> {
    if (store === 'servers') await this.noteServers(values as readonly ServerValue[], true);
    const os = this.raw.objectStore(store);
    for (let i = 0; i < values.length; i += PUT_BATCH) {
      await Promise.all(values.slice(i, i + PUT_BATCH).map((v) => os.put(this.stamp(store, v, true))));
    }
  }

  /**
   * Lets the thread serve other work (other databases' transactions, other requests) for a moment, for a
   * long loop that awaits nothing else: one IndexedDB round trip, so this transaction stays active.
   */
  async pause(): Promise<void> {
    await this.raw.objectStore('meta').get('');
  }

  async delete(store: StoreName, id: string, project?: string): Promise<void> {
    if (store === 'servers') {
      const record = this.servers.has(id) ? undefined : await this.get('servers', id);
      const owner = this.servers.get(id)?.project ?? record?.project_id ?? project;
      if (owner !== undefined) await this.noteServers([{ id, project_id: owner }], false);
    }
    this.record(store, id, undefined, project);
    await this.raw.objectStore(store).delete(id);
  }

  /** Notes that these servers exist (`exists`) or not once this write is done, looking up the state before it when first seen. */
  private async noteServers(values: readonly ServerValue[], exists: boolean): Promise<void> {
    const unseen = values.filter((v) => !this.servers.has(v.id));
    const before = await this.ownersBefore(unseen);
    for (const v of unseen) this.servers.set(v.id, { project: v.project_id, before: before.get(v.id), exists });
    for (const v of values) this.servers.get(v.id)!.exists = exists;
  }

  /**
   * The project each of these (not yet written) servers belongs to now, if it exists: a record read
   * each for up to BY_RECORD_UP_TO (any create request), else one key scan of each of their projects (a
   * bulk load; server ids are random, so an id of another project is not looked for there).
   */
  private async ownersBefore(values: readonly ServerValue[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (values.length <= BY_RECORD_UP_TO) {
      const records = await Promise.all(values.map((v) => this.get('servers', v.id)));
      for (const r of records) if (r) out.set(r.id, r.project_id);
      return out;
    }
    const os = this.raw.objectStore('servers');
    for (const project of new Set(values.map((v) => v.project_id))) {
      for (const key of await os.index('by_project').getAllKeys(prefixRange(project))) out.set(key, project);
    }
    return out;
  }

  /** Counts the project's servers afresh into meta.servers (when it has a meta record). */
  async recountServers(project: string): Promise<void> {
    const meta = await this.get('meta', project);
    if (!meta) return;
    meta.servers = await this.count('servers', 'by_project', prefixRange(project));
    await this.putCount(meta);
  }

  /** The projects whose servers this write put or deleted (before or after). */
  serverProjects(): Set<string> {
    const out = new Set<string>();
    for (const { project, before } of this.servers.values()) {
      out.add(project);
      if (before !== undefined) out.add(before);
    }
    return out;
  }

  /**
   * Brings each project's server count (meta.servers) in step with this write, just before it commits:
   * plus the servers it created, minus those it deleted; counted afresh when the count is not known yet
   * (an older database, or a project just replaced). A project without a meta record is left without
   * one: its lists count their servers on the index instead.
   */
  async settleServerCounts(): Promise<void> {
    const delta = new Map<string, number>();
    const add = (project: string, n: number) => delta.set(project, (delta.get(project) ?? 0) + n);
    for (const { project, before, exists } of this.servers.values()) {
      if (before !== undefined) add(before, -1);
      if (exists) add(project, 1);
    }
    for (const [project, change] of delta) {
      const meta = await this.get('meta', project);
      if (!meta || (meta.servers !== undefined && change === 0)) continue;
      if (meta.servers === undefined) {
        await this.recountServers(project);
        continue;
      }
      meta.servers += change;
      await this.putCount(meta);
    }
  }

  /**
   * Writes a meta record whose count changed. Not a change of its own: tabs are not told (a meta change
   * means "reload everything" to them), and the Node server's file does not keep it (a load counts
   * afresh, see `load`).
   */
  private async putCount(meta: MetaRecord): Promise<void> {
    this.known?.set(`meta\u0000${meta.project_id}`, meta);
    await this.raw.objectStore('meta').put(meta);
  }

  /**
   * Deletes every resource of the project (VPCs, subnets, ports, EIPs, servers, jobs, HA groups) and
   * forgets that it was seeded. The project itself stays: its name, its users and its operation log.
   */
  async wipeProject(project: string): Promise<void> {
    await Promise.all(
      RESOURCE_STORES.map(async (name) => {
        const keys = await this.raw.objectStore(name).index('by_project').getAllKeys(prefixRange(project));
        if (name === 'servers') await this.noteServers(keys.map((id) => ({ id, project_id: project })), false);
        await Promise.all(keys.map((k) => this.delete(name, k, project)));
      }),
    );
    const meta = await this.get('meta', project);
    if (meta) await this.put('meta', { ...meta, seeded: false, servers: undefined });
  }

  /** Marks the project as holding its data set (seeded), keeping its name and region. */
  async markSeeded(project: string): Promise<void> {
    const meta = await this.get('meta', project);
    await this.put('meta', { ...meta, project_id: project, seeded: true });
  }
}

/** Brings the database from `oldVersion` (0 when new) to DB_VERSION, one step per version. */
function upgrade(db: Db, oldVersion: number, tx: IDBTransaction): void {
  if (oldVersion < 1) createVersion1(db);
  if (oldVersion < 2) tx.objectStore('ports').createIndex('by_owner', ['project_id', 'device_owner']);
  // Version 3 keeps each project's server count (meta.servers). The version closes the connections of
  // older builds, which would write servers without settling it; counts from before are forgotten.
  if (oldVersion >= 1 && oldVersion < 3) forgetServerCounts(tx);
  if (oldVersion < 4) createVersion4(db);
}

/** Version 4: the users of each project and its operation log. */
function createVersion4(db: Db): void {
  const users = db.createObjectStore('users', { keyPath: 'id' });
  users.createIndex('by_project', ['project_id', 'id']);
  users.createIndex('by_token', 'token', { unique: true });
  users.createIndex('by_access_key', 'access_key', { unique: true });
  db.createObjectStore('operations', { keyPath: 'id' }).createIndex('by_project', ['project_id', 'id']);
}

function forgetServerCounts(tx: IDBTransaction): void {
  const cursor = tx.objectStore('meta').openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const meta = at.value as MetaRecord;
    if (meta.servers !== undefined) at.update({ ...meta, servers: undefined });
    at.continue();
  };
}

function createVersion1(db: Db): void {
  const byProject = (os: { createIndex: (n: never, k: string[]) => unknown }) => os.createIndex('by_project' as never, ['project_id', 'id']);
  byProject(db.createObjectStore('vpcs', { keyPath: 'id' }));

  const subnets = db.createObjectStore('subnets', { keyPath: 'id' });
  byProject(subnets);
  subnets.createIndex('by_vpc', ['project_id', 'vpc_id']);

  const ports = db.createObjectStore('ports', { keyPath: 'id' });
  byProject(ports);
  ports.createIndex('by_network', ['project_id', 'network_id']);
  ports.createIndex('by_device', ['project_id', 'device_id']);
  ports.createIndex('by_ip', ['project_id', 'network_id', 'ip']);
  ports.createIndex('by_project_ip', ['project_id', 'ip']);
  ports.createIndex('by_pair', 'pair_keys', { multiEntry: true });

  const eips = db.createObjectStore('publicips', { keyPath: 'id' });
  byProject(eips);
  eips.createIndex('by_port', ['project_id', 'port_id']);
  eips.createIndex('by_address', ['project_id', 'public_ip_address']);

  const servers = db.createObjectStore('servers', { keyPath: 'id' });
  byProject(servers);
  servers.createIndex('by_name', ['project_id', 'name']);
  servers.createIndex('by_created', ['project_id', 'created', 'id']);

  byProject(db.createObjectStore('jobs', { keyPath: 'id' }));

  const groups = db.createObjectStore('ha_groups', { keyPath: 'id' });
  byProject(groups);
  groups.createIndex('by_vip', ['project_id', 'vip_port_id']);
  groups.createIndex('by_vrid', ['project_id', 'network_id', 'virtual_router_id']);

  db.createObjectStore('meta', { keyPath: 'project_id' });
}

/**
 * Opens (creating on first use) the backend's IndexedDB database. In a browser or service worker it uses
 * the global `indexedDB`. In Node, import `fake-indexeddb/auto` first (the `idb` wrapper needs the IDB
 * classes as globals) and pass `idbFactory: new IDBFactory()` for a private in-memory database.
 */
export async function openIdbStore(options: StoreOptions = {}): Promise<Store> {
  const factory = options.idbFactory ?? globalThis.indexedDB;
  if (!factory) throw new Error('No IndexedDB here: in Node, import "fake-indexeddb/auto" first.');
  const request = factory.open(options.name ?? 'vip-console', DB_VERSION);
  request.onupgradeneeded = (event) => upgrade(wrap(request.result) as unknown as Db, event.oldVersion, request.transaction!);
  const db = (await wrap(request)) as unknown as Db;
  // A newer worker upgrading the schema must not be blocked by this (older) connection.
  request.result.onversionchange = () => request.result.close();

  const run = async <T>(mode: IDBTransactionMode, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    // 'relaxed': a write is reported done once the browser has it, without waiting for the disk to
    // flush. A browser-local store of a console loses at most its last writes to a power cut (never
    // half a transaction); 'strict' made each write 2-4 times slower here (1.5 -> 3.8-6.3 ms).
    const raw = db.transaction([...STORE_NAMES], mode, { durability: 'relaxed' }) as unknown as RawTx;
    const done = raw.done;
    done.catch(() => {});
    const tx = new Tx(raw, mode);
    let result: T;
    let unsettled: Set<string> | null = null;
    try {
      result = await fn(tx);
      if (mode === 'readwrite') {
        try {
          await tx.settleServerCounts();
        } catch (error) {
          // The transaction had already committed (`fn` awaited something that is not IndexedDB, against
          // the rule above): its servers are written, their counts not. Count them afresh just after.
          if (!(error instanceof DOMException) || !['TransactionInactiveError', 'InvalidStateError'].includes(error.name)) throw error;
          unsettled = tx.serverProjects();
        }
      }
      await done;
    } catch (error) {
      try {
        raw.abort();
      } catch {
        // The transaction had already committed or aborted: nothing left to undo.
      }
      throw error;
    }
    if (tx.changes.size > 0 && options.onCommit) await options.onCommit({ changes: [...tx.changes.values()] });
    if (unsettled) {
      const projects = unsettled;
      await run('readwrite', async (t) => {
        for (const project of projects) await t.recountServers(project);
      });
    }
    return result;
  };

  return {
    read: (fn) => run('readonly', fn),
    write: (fn) => run('readwrite', fn),
    async dump() {
      const stores: StoreDump['stores'] = {};
      await run('readonly', async (tx) => {
        for (const name of STORE_NAMES) stores[name] = await tx.raw.objectStore(name).getAll();
      });
      return { format: 'vip-console-store', version: DB_VERSION, stores };
    },
    async load(dump) {
      if (dump.format !== 'vip-console-store') throw new Error('Not a vip-console store file.');
      await run('readwrite', async (tx) => {
        for (const name of STORE_NAMES) {
          const os = tx.raw.objectStore(name);
          await os.clear();
          // A file's server counts are not trusted: they are counted afresh by the project's next write
          // of a server (the demo project's, at its first request); until then its lists count on the index.
          const records = name === 'meta' ? (dump.stores[name] ?? []).map((m) => ({ ...(m as MetaRecord), servers: undefined })) : (dump.stores[name] ?? []);
          await Promise.all(records.map((v) => os.put(v as never)));
        }
      });
      await options.onCommit?.({ changes: [], reset: true });
    },
    close: () => db.close(),
  };
}
