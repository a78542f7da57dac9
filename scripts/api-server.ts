/**
 * The console's backend as a plain HTTP server: `npm run api` (tsx scripts/api-server.ts).
 * Listens on 127.0.0.1, port $PORT (default 8787). In memory (fake-indexeddb) by default; with
 * `--data <file.json>` it loads that file at start and rewrites it (temp file + rename) after every
 * request that changed the store, before answering it. CORS is open so a page on another port can call it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend, openIdbStore, type Store, type StoreDump } from '../src/backend';
import { createNodeListener } from '../src/backend/node-adapter';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** JSON file to load at start and to write after every successful write request. */
  dataFile?: string;
  log?: (line: string) => void;
}

export interface RunningApiServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/**
 * Wraps the store so it knows when a write transaction committed, and returns a `save` that writes the
 * whole store to `file` atomically (temp file + rename) only when something changed since the last save.
 * Saves are serialised so two never interleave.
 */
function persisted(store: Store, file: string): { store: Store; save: () => Promise<void> } {
  let dirty = false;
  let chain = Promise.resolve();
  const tracked: Store = {
    ...store,
    write: async (fn) => {
      const result = await store.write(fn);
      dirty = true;
      return result;
    },
  };
  const save = () => {
    chain = chain.then(async () => {
      if (!dirty) return;
      dirty = false;
      const dump = await store.dump();
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(dump));
      await rename(tmp, file);
    });
    return chain;
  };
  return { store: tracked, save };
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<RunningApiServer> {
  const raw = await openIdbStore({ idbFactory: new IDBFactory() });
  const dataFile = options.dataFile ? path.resolve(options.dataFile) : undefined;
  if (dataFile && existsSync(dataFile)) await raw.load(JSON.parse(await readFile(dataFile, 'utf8')) as StoreDump);
  const { store, save } = dataFile ? persisted(raw, dataFile) : { store: raw, save: undefined };
  const backend = createBackend({ store });
  const listener = createNodeListener(backend, { log: options.log, afterHandle: save });
  const server = http.createServer((req, res) => void listener(req, res));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          raw.close();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  const dataFile = argValue('--data');
  startApiServer({ port, dataFile })
    .then((s) => {
      console.log(`vip-console API on ${s.url}${dataFile ? ` (data: ${path.resolve(dataFile)})` : ' (in memory)'}`);
      console.log(`Try: curl -H 'X-Auth-Token: x' ${s.url}/v1/0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e/vpcs`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
