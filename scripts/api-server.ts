/**
 * The console's backend as a plain HTTP server: `npm run api` (tsx scripts/api-server.ts).
 * Listens on 127.0.0.1, port $PORT (default 8787). In memory (fake-indexeddb) by default; with
 * `--data <file.json>` it loads that file at start and rewrites it (temp file + rename) after every
 * request that changed the store, before answering it. Flags (scripts/api-options.ts): `--token`, `--ak/--sk`
 * turn on authentication (open by default), `--cors` names the browser origins that may call, `--faults`
 * serves the faults test aid. Bad requests never stop it (node-adapter.ts, api-guards.ts).
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
import { guardServer } from './api-guards';
import { describeAccess, parseApiCommandLine } from './api-options';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** JSON file to load at start and to write after every successful write request. */
  dataFile?: string;
  log?: (line: string) => void;
  /** Require this X-Auth-Token. */
  token?: string;
  /** Require AK/SK requests signed with this pair. */
  ak?: string;
  sk?: string;
  /** Browser origins that may call (CORS); default none. */
  corsOrigins?: string[];
  /** Serve the faults test aid. */
  faults?: boolean;
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
  const backend = createBackend({ store, faults: options.faults, auth: { token: options.token, ak: options.ak, sk: options.sk } });
  const log = options.log ?? ((line: string) => console.log(line));
  const listener = createNodeListener(backend, { log, afterHandle: save, cors: { origins: options.corsOrigins ?? [] } });
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => void listener(req, res);
  const server = http.createServer(onRequest);
  guardServer(server, log, onRequest);
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

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let args: ReturnType<typeof parseApiCommandLine>;
  try {
    args = parseApiCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`npm run api: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const { dataFile } = args;
  startApiServer(args)
    .then((s) => {
      console.log(`vip-console API on ${s.url}${dataFile ? ` (data: ${path.resolve(dataFile)})` : ' (in memory)'}`);
      for (const line of describeAccess(args)) console.log(line);
      console.log(`Try: curl -H 'X-Auth-Token: ${args.token ? '<token>' : 'x'}' ${s.url}/v1/0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e/vpcs`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
