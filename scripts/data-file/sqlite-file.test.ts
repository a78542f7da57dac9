import Database from 'better-sqlite3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertJsonStore } from './convert-json';
import { DataFile, DataFileError } from './sqlite-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vip-data-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const P = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const vpc = { id: 'v1', name: 'kept', cidr: '10.0.0.0/16', project_id: P, rev: 'r1' };
const port = {
  id: 'p1',
  name: '',
  network_id: 's1',
  vpc_id: 'v1',
  ip: '10.0.0.5',
  fixed_ips: [{ subnet_id: 'ns1', ip_address: '10.0.0.5' }],
  mac_address: 'fa:16:3e:00:00:01',
  device_id: '',
  device_owner: 'neutron:VIP_PORT',
  allowed_address_pairs: [],
  security_groups: [],
  pair_keys: [],
  project_id: P,
};

function file(name: string): string {
  return path.join(dir, name);
}

function openError(target: string): string {
  try {
    DataFile.open(target).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error(`${target} was accepted`);
}

describe('the --data SQLite file', () => {
  it('is created when missing, saves changes in one transaction, and loads them back', () => {
    const target = file('new.sqlite');
    const first = DataFile.open(target);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    first.apply([{ kind: 'changes', changes: [{ store: 'vpcs', key: 'v1', project: P, value: vpc }, { store: 'ports', key: 'p1', project: P, value: port }] }]);
    first.apply([{ kind: 'changes', changes: [{ store: 'ports', key: 'p1', project: P }] }]);
    first.close();
    const again = DataFile.open(target);
    expect(again.load()).toEqual([{ store: 'vpcs', key: 'v1', value: vpc }]);
    again.close();
  });

  it('applies nothing of a transaction that fails part-way', () => {
    const target = file('atomic.sqlite');
    const data = DataFile.open(target);
    const bad = { toJSON: () => undefined }; // JSON.stringify gives undefined: the NOT NULL column refuses it
    expect(() => data.apply([{ kind: 'changes', changes: [{ store: 'vpcs', key: 'v1', value: vpc }, { store: 'vpcs', key: 'v2', value: bad }] }])).toThrow();
    expect(data.load()).toEqual([]);
    data.close();
  });

  it('refuses an old JSON store file and says how to convert it; the converter keeps every record', async () => {
    const json = file('old.json');
    await writeFile(json, JSON.stringify({ format: 'vip-console-store', version: 2, stores: { vpcs: [vpc], ports: [port], meta: [{ project_id: P, seeded: true }] } }));
    const message = openError(json);
    expect(message).toContain(json);
    expect(message).toMatch(/JSON store file of the old --data format/);
    expect(message).toContain('scripts/data-file/convert-json.ts');
    const converted = file('converted.sqlite');
    expect(convertJsonStore(json, converted)).toBe(3);
    const data = DataFile.open(converted);
    expect(data.load().map((r) => `${r.store}/${r.key}`).sort()).toEqual(['meta/' + P, 'ports/p1', 'vpcs/v1']);
    data.close();
    expect(() => convertJsonStore(json, converted)).toThrow(/already holds records/);
  });

  it('refuses a file that is not SQLite, a SQLite file that is not ours, and another schema version', async () => {
    const text = file('notes.txt');
    await writeFile(text, 'hello, this is not a database\n');
    expect(openError(text)).toMatch(/notes\.txt: this is not a SQLite database/);

    const foreign = file('foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    expect(openError(foreign)).toMatch(/foreign\.sqlite: this SQLite database is not a vip-console data file \(its tables are users\)/);

    const future = file('future.sqlite');
    DataFile.open(future).close();
    const raw = new Database(future);
    raw.pragma('user_version = 7');
    raw.close();
    expect(openError(future)).toMatch(/schema version 7; this server reads version 1 \(a newer version/);
  });

  it('refuses to load a record of the wrong shape, naming the file, the store, the record and the field', () => {
    const target = file('bad-records.sqlite');
    const data = DataFile.open(target);
    const { ip: _ip, ...noIp } = port;
    data.apply([
      {
        kind: 'changes',
        changes: [
          { store: 'vpcs', key: 'v1', value: vpc },
          { store: 'ports', key: 'p1', value: noIp },
          { store: 'vpcs', key: 'v9', value: { ...vpc, id: 'v9', project_id: 'not a project!' } },
          { store: 'servers', key: 's9', value: { ...vpc, id: 'other' } },
        ],
      },
    ]);
    data.db.prepare("INSERT INTO records VALUES ('vpcs', 'broken', '{nope')").run();
    expect(() => data.load()).toThrow(DataFileError);
    let message = '';
    try {
      data.load();
    } catch (error) {
      message = (error as Error).message;
    }
    data.close();
    expect(message).toContain(target);
    expect(message).toMatch(/4 records are not valid/);
    expect(message).toMatch(/store "ports", record "p1": ip: .*string/);
    expect(message).toMatch(/store "vpcs", record "v9": project_id: is not a valid project id/);
    expect(message).toMatch(/store "servers", record "s9": .*/);
    expect(message).toMatch(/store "vpcs", record "broken": its JSON does not parse/);
  });
});
