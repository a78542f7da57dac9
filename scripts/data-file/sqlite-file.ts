import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { STORE_NAMES, type StoreChange, type StoreName } from '../../src/backend/store';
import { recordProblem } from './record-checks';

/** `PRAGMA application_id` of a vip-console data file ("VIPC"): a SQLite file without it is not ours. */
export const APPLICATION_ID = 0x56495043;
/** `PRAGMA user_version`: the layout of the tables below. Bump it (and migrate) when they change. */
export const SCHEMA_VERSION = 1;

const SQLITE_HEADER = 'SQLite format 3\u0000';
const SHOWN_PROBLEMS = 5;

/** The file cannot be served: the message names the file and says what is wrong and what to do. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** One stored record, as `load` hands it to the in-memory store. */
export interface StoredRecord {
  store: StoreName;
  key: string;
  value: unknown;
}

/** A change to make durable: the records a write put or deleted, or (reset) the whole new content. */
export type DataFileOp = { kind: 'changes'; changes: readonly StoreChange[] } | { kind: 'reset'; records: readonly StoredRecord[] };

/**
 * The `--data` file: one SQLite table `records(store, key, json)` holding every record of every store as
 * JSON, in WAL mode with `synchronous=FULL`, so a transaction is on disk (fsynced) when `apply` returns.
 * better-sqlite3 is synchronous: nothing else runs between a write's commit in memory and its save here.
 */
export class DataFile {
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string, string]>;

  private constructor(
    readonly path: string,
    /** The open database; tests use it to simulate a full disk (`max_page_count`). */
    readonly db: Database.Database,
  ) {
    this.upsert = db.prepare('INSERT INTO records (store, key, json) VALUES (?, ?, ?) ON CONFLICT (store, key) DO UPDATE SET json = excluded.json');
    this.remove = db.prepare('DELETE FROM records WHERE store = ? AND key = ?');
  }

  /**
   * Opens `path` (creating it when missing or empty) and checks that it is a vip-console data file of a
   * schema this server reads. Throws a DataFileError otherwise. Records are checked by `load`.
   */
  static open(path: string): DataFile {
    refuseForeignContent(path);
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (error) {
      throw new DataFileError(`--data ${path}: cannot open it (${messageOf(error)}).`);
    }
    try {
      prepareSchema(db, path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DataFileError(`--data ${path}: the SQLite file is damaged (quick_check: ${String(check)}). Restore it from a backup, or start with a new file.`);
      return new DataFile(path, db);
    } catch (error) {
      db.close();
      if (error instanceof DataFileError) throw error;
      throw new DataFileError(`--data ${path}: cannot use it (${messageOf(error)}).`);
    }
  }

  /** Every record, each checked against its store's shape; throws a DataFileError naming the bad ones. */
  load(): StoredRecord[] {
    const records: StoredRecord[] = [];
    const problems: string[] = [];
    const rows = this.db.prepare('SELECT store, key, json FROM records ORDER BY store, key').iterate() as Iterable<{ store: string; key: string; json: string }>;
    for (const row of rows) {
      let value: unknown;
      try {
        value = JSON.parse(row.json);
      } catch (error) {
        problems.push(`store "${row.store}", record "${row.key}": its JSON does not parse (${messageOf(error)})`);
        continue;
      }
      const store = row.store as StoreName;
      const problem = STORE_NAMES.includes(store) ? recordProblem(store, row.key, value) : `there is no store "${row.store}" (known: ${STORE_NAMES.join(', ')})`;
      if (problem) problems.push(`store "${row.store}", record "${row.key}": ${problem}`);
      else records.push({ store, key: row.key, value });
    }
    if (problems.length > 0) {
      const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
      throw new DataFileError(
        `--data ${this.path}: ${problems.length} record${problems.length > 1 ? 's are' : ' is'} not valid, so the server will not start on it:\n  ` +
          `${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}\n` +
          'Fix or delete those rows (table "records") with the sqlite3 shell, or start with another file.',
      );
    }
    return records;
  }

  /** Makes every op durable in ONE transaction (all or nothing), in order: a later write of a key wins. */
  apply(ops: readonly DataFileOp[]): void {
    this.db.transaction(() => {
      for (const op of ops) {
        if (op.kind === 'reset') {
          this.db.exec('DELETE FROM records');
          for (const r of op.records) this.upsert.run(r.store, r.key, JSON.stringify(r.value));
          continue;
        }
        for (const change of op.changes) {
          if (change.value === undefined) this.remove.run(change.store, change.key);
          else this.upsert.run(change.store, change.key, JSON.stringify(change.value));
        }
      }
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** A JSON store file of the old `--data` format, or any other non-SQLite file, is refused before SQLite touches it. */
function refuseForeignContent(path: string): void {
  let head: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(64);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new DataFileError(`--data ${path}: cannot read it (${messageOf(error)}).`);
  }
  if (head.length === 0 || head.toString('latin1', 0, SQLITE_HEADER.length) === SQLITE_HEADER) return;
  if (/^\s*\{/.test(head.toString('utf8'))) {
    throw new DataFileError(
      `--data ${path}: this is a JSON store file of the old --data format; --data now takes a SQLite file. ` +
        `Convert it once: npx tsx scripts/data-file/convert-json.ts ${path} <new-file.sqlite>, then start with --data <new-file.sqlite>.`,
    );
  }
  throw new DataFileError(`--data ${path}: this is not a SQLite database, so not a vip-console data file. Give a new path (it is created) or a file this server wrote.`);
}

/** Creates the tables in a new (empty) database; refuses a SQLite file that is not ours or of another schema. */
function prepareSchema(db: Database.Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  if (appId === 0 && tables.length === 0) {
    db.transaction(() => {
      db.exec('CREATE TABLE records (store TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (store, key))');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
    return;
  }
  if (appId !== APPLICATION_ID) {
    const what = tables.length ? `its tables are ${tables.join(', ')}` : 'it has no vip-console mark';
    throw new DataFileError(`--data ${path}: this SQLite database is not a vip-console data file (${what}). Give a new path (it is created) or a file this server wrote.`);
  }
  if (version !== SCHEMA_VERSION || !tables.includes('records')) {
    const newer = version > SCHEMA_VERSION ? ' (a newer version of the console wrote it: update this one)' : '';
    throw new DataFileError(`--data ${path}: this vip-console data file has schema version ${version}; this server reads version ${SCHEMA_VERSION}${newer}.`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
