/**
 * The console's backend as a plain HTTP server: `npm run api` (tsx scripts/api-server.ts).
 * Listens on 127.0.0.1, port $PORT (default 8787). In memory (fake-indexeddb) by default; with
 * `--data <file.sqlite>` it checks and loads that SQLite file at start and saves each write's changes to
 * it (one SQLite transaction, fsynced) before answering (see scripts/data-file/durable-store.ts).
 * Flags (scripts/api-options.ts): `--token`, `--ak/--sk` turn on authentication (open by default), `--cors`
 * names the browser origins that may call, `--faults` serves the faults test aid, `--console [dir]` also serves
 * the built console from this origin (console-files.ts). Every committed write is streamed to the open
 * consoles of its project (`GET /console/v1/{project_id}/changes`). Bad requests never stop it
 * (node-adapter.ts, api-guards.ts).
 */
import 'fake-indexeddb/auto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend, type Store } from '../src/backend';
import { ChangesFeed } from '../src/backend/changes-stream';
import { createNodeListener } from '../src/backend/node-adapter';
import { guardServer } from './api-guards';
import { describeAccess, parseApiCommandLine } from './api-options';
import { ConsoleDirError, createConsoleFiles } from './console-files';
import { openDurableStores, type DurableStores } from './data-file/durable-store';
import { ProjectStores } from './data-file/project-stores';
import { DataFileError } from './data-file/sqlite-file';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** SQLite data file to check and load at start and to save every committed write to (created when missing). */
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
  /** Also serve the built console in this folder from the same origin (`--console`). */
  consoleDir?: string;
}

export interface RunningApiServer {
  url: string;
  port: number;
  /** The store a project's requests are served from (one per project: see ProjectStores). */
  storeOf(project: string): Promise<Store>;
  /** The `--data` file's stores, when there is one. */
  data?: DurableStores;
  /** What the changes streams hear. */
  changes: ChangesFeed;
  close(): Promise<void>;
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<RunningApiServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const serveConsole = options.consoleDir ? createConsoleFiles(options.consoleDir) : null;
  const changes = new ChangesFeed();
  const data = options.dataFile ? await openDurableStores({ file: path.resolve(options.dataFile), log, onCommit: changes.onCommit }) : undefined;
  const stores = data ?? new ProjectStores(changes.onCommit);
  const backend = createBackend({
    storeOf: (project) => stores.storeOf(project),
    projects: () => stores.projects(),
    faults: options.faults,
    auth: { token: options.token, ak: options.ak, sk: options.sk },
  });
  const listener = createNodeListener(backend, { log, cors: { origins: options.corsOrigins ?? [] }, changes });
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!serveConsole?.(req, res)) void listener(req, res);
  };
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
    storeOf: (project) => stores.storeOf(project),
    data,
    changes,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          void stores.close().then(() => (err ? reject(err) : resolve()), reject);
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
      if (args.consoleDir) console.log(`Console: open ${s.url}/ in your browsers.`);
      for (const line of describeAccess(args)) console.log(line);
      console.log(`Try: curl -H 'X-Auth-Token: ${args.token ? '<token>' : 'x'}' ${s.url}/v1/0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e/vpcs`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof DataFileError || error instanceof ConsoleDirError ? error.message : error);
      process.exit(1);
    });
}
