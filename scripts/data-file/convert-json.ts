/**
 * Converts a JSON store file of the old `--data` format into a new SQLite data file, once:
 *   npx tsx scripts/data-file/convert-json.ts old.json new.sqlite
 * Every record is checked as at start-up; the target must be new (or empty). Nothing is written on error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STORE_NAMES, type StoreDump } from '../../src/backend/store';
import { keyOf, recordProblem } from './record-checks';
import { DataFile, DataFileError, type StoredRecord } from './sqlite-file';

/** The JSON file's records, checked; throws a DataFileError naming the first bad one. */
export function readJsonStore(file: string): StoredRecord[] {
  let dump: StoreDump;
  try {
    dump = JSON.parse(readFileSync(file, 'utf8')) as StoreDump;
  } catch (error) {
    throw new DataFileError(`${file}: not a readable JSON file (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (dump?.format !== 'vip-console-store' || typeof dump.stores !== 'object' || dump.stores === null) {
    throw new DataFileError(`${file}: not a vip-console JSON store (its "format" must be "vip-console-store").`);
  }
  const records: StoredRecord[] = [];
  for (const [store, values] of Object.entries(dump.stores)) {
    if (!STORE_NAMES.includes(store as never) || !Array.isArray(values)) throw new DataFileError(`${file}: "stores.${store}" is not a store of the console.`);
    for (const [i, value] of values.entries()) {
      const key = String(keyOf(store as never, (value ?? {}) as object));
      const problem = recordProblem(store as never, key, value);
      if (problem) throw new DataFileError(`${file}: stores.${store}[${i}] (record "${key}"): ${problem}.`);
      records.push({ store: store as StoredRecord['store'], key, value });
    }
  }
  return records;
}

export function convertJsonStore(from: string, to: string): number {
  const records = readJsonStore(from);
  const target = DataFile.open(to);
  try {
    if (target.load().length > 0) throw new DataFileError(`${to} already holds records; convert into a new file.`);
    target.apply([{ kind: 'reset', records }]);
  } finally {
    target.close();
  }
  return records.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to || !existsSync(from)) {
    console.error('Usage: npx tsx scripts/data-file/convert-json.ts <old-store.json> <new-file.sqlite>');
    process.exit(2);
  }
  try {
    const count = convertJsonStore(from, to);
    console.log(`Converted ${count} records from ${from} into ${to}. Start the server with: npm run api -- --data ${to}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
