/**
 * The console's backend as a plain HTTP server: `npm run api` (tsx scripts/api-server.ts).
 * Listens on 127.0.0.1, port $PORT (default 8787). In memory (fake-indexeddb) by default; with
 * `--data <file.json>` it loads that file at start and rewrites it (temp file + rename) after every
 * successful write request. CORS is open so a page on another port can call it.
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

/** Writes the whole store to `file` atomically; calls are serialised so two writes never interleave. */
function persister(store: Store, file: string): () => Promise<void> {
  let chain = Promise.resolve();
  return () => {
    chain = chain.then(async () => {
      const dump = await store.dump();
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(dump));
      await rename(tmp, file);
    });
    return chain;
  };
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<RunningApiServer> {
  const store = await openIdbStore({ idbFactory: new IDBFactory() });
  const dataFile = options.dataFile ? path.resolve(options.dataFile) : undefined;
  if (dataFile && existsSync(dataFile)) await store.load(JSON.parse(await readFile(dataFile, 'utf8')) as StoreDump);
  const backend = createBackend({ store });
  const listener = createNodeListener(backend, { log: options.log, onWrite: dataFile ? persister(store, dataFile) : undefined });
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
          store.close();
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
