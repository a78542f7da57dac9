/**
 * The console's backend as a plain HTTP server: `npm run api` (tsx scripts/api-server.ts).
 * Listens on 127.0.0.1, port $PORT (default 8787). In memory (fake-indexeddb) by default; with
 * `--data <file.sqlite>` it checks and loads that SQLite file at start and saves each write's changes to
 * it (one SQLite transaction, fsynced) before answering (see scripts/data-file/durable-store.ts).
 * CORS is open so a page on another port can call it.
 */
import 'fake-indexeddb/auto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend, type Store } from '../src/backend';
import { createNodeListener } from '../src/backend/node-adapter';
import { openDurableStores, type DurableStores } from './data-file/durable-store';
import { ProjectStores } from './data-file/project-stores';
import { DataFileError } from './data-file/sqlite-file';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** SQLite data file to check and load at start and to save every committed write to (created when missing). */
  dataFile?: string;
  log?: (line: string) => void;
}

export interface RunningApiServer {
  url: string;
  port: number;
  /** The store a project's requests are served from (one per project: see ProjectStores). */
  storeOf(project: string): Promise<Store>;
  /** The `--data` file's stores, when there is one. */
  data?: DurableStores;
  close(): Promise<void>;
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<RunningApiServer> {
  const data = options.dataFile ? await openDurableStores({ file: path.resolve(options.dataFile), log: options.log }) : undefined;
  const stores = data ?? new ProjectStores();
  const backend = createBackend({ storeOf: (project) => stores.storeOf(project) });
  const listener = createNodeListener(backend, { log: options.log });
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
    storeOf: (project) => stores.storeOf(project),
    data,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          void stores.close().then(() => (err ? reject(err) : resolve()), reject);
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
      console.error(error instanceof DataFileError ? error.message : error);
      process.exit(1);
    });
}
