import { ApiError, backendCodes } from '../../src/backend/errors';
import { STORE_NAMES, type CommittedChanges, type Store, type StoreDump } from '../../src/backend/store';
import { ProjectStores } from './project-stores';
import { DataFile, type DataFileOp, type StoredRecord } from './sqlite-file';

export interface DurableStoreOptions {
  /** The SQLite data file (created when missing). */
  file: string;
  /** One line per change of the save state; default console.log. */
  log?: (line: string) => void;
  /** Told of each committed write once it is saved (or failed to save): the changes streams. */
  onCommit?: (committed: CommittedChanges) => void;
}

export interface DurableStores {
  /**
   * The store of a project to serve from (in memory, see ProjectStores). Each committed write is saved to the file
   * synchronously (better-sqlite3) before the write resolves, so no other transaction can commit between.
   */
  storeOf(project: string): Promise<Store>;
  /** Every project with a database (the file's, and every one written to since). */
  projects(): string[];
  file: DataFile;
  /** True while a save has failed and its changes are kept in memory only (writes answer 503). */
  readonly failing: boolean;
  close(): Promise<void>;
}

/**
 * Saves each committed write to the data file before the write resolves (so before the answer is sent).
 * A save that fails makes that request answer 500 "not saved"; its changes stay queued, in memory only,
 * and every later write is refused with 503 until the queue can be saved (tried again before each write).
 */
class SaveQueue {
  private unsaved: DataFileOp[] = [];
  private failure: string | null = null;

  constructor(
    private readonly file: DataFile,
    private readonly log: (line: string) => void,
  ) {}

  get failing(): boolean {
    return this.failure !== null;
  }

  /** The store's onCommit hook. */
  save(op: DataFileOp): void {
    this.unsaved.push(op);
    if (this.flush()) return;
    throw new ApiError(
      backendCodes.notSaved,
      `The change was NOT saved to ${this.file.path} (${this.failure}). It is applied in memory only and would be lost if the server stopped; ` +
        'the server refuses writes until it can save again, then saves it. Free disk space or fix the file, then try again.',
      500,
    );
  }

  /** Called before every write: saves what is still unsaved, or refuses the write. */
  assertWritable(): void {
    if (this.unsaved.length === 0 || this.flush()) return;
    const error = new ApiError(
      backendCodes.notWritable,
      `The server cannot save to ${this.file.path} (${this.failure}), so it refuses every change until it can; reads still work. ` +
        'Free disk space or fix the file, then try again.',
      503,
    );
    error.headers = { 'retry-after': '5' };
    throw error;
  }

  private flush(): boolean {
    try {
      this.file.apply(this.unsaved);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (this.failure === null) {
        this.log(`[data] could not save to ${this.file.path}: ${reason}. Writes are refused (503) until it can save again; reads still work.`);
      }
      this.failure = reason;
      return false;
    }
    const count = this.unsaved.length;
    this.unsaved = [];
    if (this.failure !== null) {
      this.failure = null;
      this.log(`[data] saved ${count} pending write${count > 1 ? 's' : ''} to ${this.file.path}; writes are accepted again.`);
    }
    return true;
  }
}

function toDump(records: readonly StoredRecord[]): StoreDump {
  const stores: StoreDump['stores'] = {};
  for (const name of STORE_NAMES) stores[name] = [];
  for (const r of records) stores[r.store]!.push(r.value);
  return { format: 'vip-console-store', version: 0, stores };
}

function byProject(records: readonly StoredRecord[]): Map<string, StoredRecord[]> {
  const projects = new Map<string, StoredRecord[]>();
  for (const r of records) {
    const project = (r.value as { project_id: string }).project_id;
    const list = projects.get(project);
    if (list) list.push(r);
    else projects.set(project, [r]);
  }
  return projects;
}

/**
 * Opens the data file (refusing a foreign, damaged or invalid one with a DataFileError), loads every
 * record into its project's in-memory store, and serves stores whose writes are acknowledged only once
 * they are in the file.
 */
export async function openDurableStores(options: DurableStoreOptions): Promise<DurableStores> {
  const log = options.log ?? ((line: string) => console.log(line));
  const file = DataFile.open(options.file);
  const saves = new SaveQueue(file, log);
  const stores = new ProjectStores((committed: CommittedChanges) => {
    // A reset is a whole-store load: only the initial ones below (those records came from the file); the
    // stores served refuse `load`.
    if (committed.reset) return;
    try {
      saves.save({ kind: 'changes', changes: committed.changes });
    } finally {
      options.onCommit?.(committed);
    }
  });
  try {
    for (const [project, records] of byProject(file.load())) await (await stores.storeOf(project)).load(toDump(records));
  } catch (error) {
    await stores.close();
    file.close();
    throw error;
  }
  return {
    projects: () => stores.projects(),
    async storeOf(project) {
      const inner = await stores.storeOf(project);
      return {
        ...inner,
        write: async (fn) => {
          saves.assertWritable();
          return inner.write(fn);
        },
        load: async () => {
          throw new Error('Replacing a whole store is not supported on the Node server.');
        },
      };
    },
    file,
    get failing() {
      return saves.failing;
    },
    async close() {
      await stores.close();
      file.close();
    },
  };
}
