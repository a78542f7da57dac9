import { DEMO_PROJECT_ID } from '../contract';
import { checkProjectId, codes } from '../domain';
import type { AuthPolicy } from './auth';
import { identify, type Caller, type UserFinder } from './identity';
import { PRUNE_EVERY, completeOperation, loggingStore, nameTarget, permissionOf, pruneOperations, startOperation } from './operation-log';
import { projectSpace, type ProjectSpace } from './project-space';
import { ApiError, backendCodes, badRequest, errorResponse, zodMessage, type ErrorStyle } from './errors';
import { bodyLimitOf, bodyTooLarge, isOverBodyLimit } from './limits';
import { dotSegmentProblem } from './request-target';
import { Router, errorStyleOf } from './router';
import { routesFor } from './routes';
import { ensureSeeded } from './seed';
import { ServerIndexes } from './server-index';
import type { Store } from './store';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The raw body text, if any. */
  body?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON-serialisable; absent for 204. */
  body?: unknown;
}

export interface Backend {
  handle(req: ApiRequest): Promise<ApiResponse>;
}

/**
 * One store for every project (the service worker, tests), or one store per project (`storeOf`, the Node
 * server): every route works inside its request's project, and transactions of different IndexedDB
 * databases do not wait for each other, so one project's long write never holds another project's requests.
 */
export type BackendOptions = ({ store: Store } | { storeOf: (project: string) => Promise<Store>; projects: () => string[] }) & {
  /** Serve the faults test aid (`/console/v1/{p}/faults`); off by default, and then its path is a 404. */
  faults?: boolean;
  /** Who may call; default open (any token, any well-formed AK/SK signature). */
  auth?: AuthPolicy;
};

const V1_PROJECT = /^\/(?:v1|v1\.1|v3|console\/v1)\/([^/]+)(?:\/|$)/;

/**
 * The project a request works in. Huawei paths carry it (`/v1/{project_id}/...`). Neutron's
 * `/v2.0/...` paths do not: there the project comes from the `X-Project-Id` header (the official SDK
 * sends it with every AK/SK request), else from the `project_id` (or `tenant_id`) query parameter, as a
 * Keystone-scoped token would imply it. Any id `checkProjectId` (domain) accepts will do: a new id is an empty space.
 */
function projectOf(req: ApiRequest, path: string): string {
  const m = V1_PROJECT.exec(path);
  let project: string | null | undefined;
  if (m) project = safeDecode(m[1]);
  else {
    project = req.headers['x-project-id'] || req.query.get('project_id') || req.query.get('tenant_id');
    if (!project) throw badRequest('Name the project: send the X-Project-Id header (or a project_id query parameter) with /v2.0 requests.', 'project_id');
  }
  // A segment that does not decode is checked as written: its "%" is refused like any other path character.
  const id = project ?? m?.[1] ?? '';
  const refusal = checkProjectId(id);
  if (refusal) {
    throw badRequest(`"${id}" is not a project id. ${refusal.message} The SDK sends "{project_id}" when it was given none.`, refusal.field);
  }
  return id;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function normalise(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

let requestCounter = 0;

const READS = new Set(['GET', 'HEAD']);

/**
 * The whole API as one pure function of a request: routing, who the caller is (identity.ts), what it may
 * do (a read-only user writes nothing), body validation, the route (which reads or writes the store in one
 * transaction), the operation log of every write (operation-log.ts), and Huawei-shaped errors. It never
 * rejects: an unexpected error becomes a 500 (a bug, logged).
 */
export function createBackend(options: BackendOptions): Backend {
  const router = new Router(routesFor({ faults: options.faults }));
  /** Per project, the one check (and seeding, when needed) that every request of it waits for. */
  const seeding = new Map<string, Promise<void>>();
  const seedOnce = (store: Store, project: string): Promise<void> => {
    let job = seeding.get(project);
    if (!job) {
      // A read first: the requests of a page's first render arrive together, and a write transaction
      // each would run one after the other and hold every read behind them.
      // (The demo project of a database from before the server count gets its count here, once.)
      job = store.read((tx) => tx.get('meta', project)).then((meta) => {
        if (!meta?.seeded) return store.write((tx) => ensureSeeded(tx, project));
        if (meta.servers === undefined) return store.write((tx) => tx.recountServers(project));
      });
      seeding.set(project, job);
      job.catch(() => seeding.delete(project));
    }
    return job;
  };
  const serverIndexes = new ServerIndexes();
  const space: ProjectSpace = projectSpace(options);
  const writesSincePrune = new Map<string, number>();

  const findUser = (project: string | undefined): UserFinder => (credential) => space.findUser(credential, project);

  async function logOperation(store: Store, entry: ReturnType<typeof startOperation>, response: ApiResponse): Promise<void> {
    const project = entry.project_id;
    const writes = (writesSincePrune.get(project) ?? PRUNE_EVERY) + 1;
    writesSincePrune.set(project, writes >= PRUNE_EVERY ? 0 : writes);
    try {
      await store.write(async (tx) => {
        await tx.put('operations', completeOperation(entry, response));
        // A project used only through its id becomes a listed project with its first change.
        if (response.status < 300 && !(await tx.get('meta', project))) await tx.put('meta', { project_id: project, seeded: false, created_at: new Date(entry.time).toISOString() });
        if (writes >= PRUNE_EVERY) await pruneOperations(tx, project);
      });
    } catch (error) {
      console.error(`[backend] could not log ${entry.trace_name} of project ${project}:`, error);
    }
  }

  async function handle(req: ApiRequest): Promise<ApiResponse> {
    const path = normalise(req.path);
    const requestId = `req-${Date.now().toString(36)}-${(++requestCounter).toString(36)}`;
    const style: ErrorStyle = errorStyleOf(path);
    let logged: { store: Store; entry: ReturnType<typeof startOperation> } | undefined;
    let globalWrite: Omit<Parameters<typeof startOperation>[0], 'project' | 'service'> | undefined;
    let response: ApiResponse;
    try {
      const method = req.method.toUpperCase();
      const dotSegment = dotSegmentProblem(req.path);
      if (dotSegment) throw badRequest(dotSegment);
      const bodyLimit = bodyLimitOf(path);
      if (req.body !== undefined && isOverBodyLimit(req.body, bodyLimit)) throw bodyTooLarge(undefined, bodyLimit);
      const match = router.match(method, path);
      if (match.kind === 'none') throw new ApiError(backendCodes.noSuchApi, `There is no API at ${path}.`, 404);
      if (match.kind === 'wrong-method') {
        const error = new ApiError(backendCodes.methodNotAllowed, `${method} is not allowed on ${path}; use ${match.allowed.join(' or ')}.`, 405);
        error.headers = { allow: match.allowed.join(', ') };
        throw error;
      }
      const write = !READS.has(method);
      let project: string | undefined;
      let raw: Store;
      if (match.route.global) {
        raw = space.anyStore();
        await space.ready((store, p) => seedOnce(serverIndexes.wrap(store, p), p));
      } else {
        project = projectOf(req, path);
        raw = await space.storeOf(project);
        if (project === DEMO_PROJECT_ID) await seedOnce(serverIndexes.wrap(raw, project), project);
      }
      const caller: Caller = await identify(req, options.auth, findUser(project), project);
      if (write && project !== undefined) {
        const service = errorStyleOf(path) === 'ecs' ? 'ECS' : path.startsWith('/console/') ? 'Console' : 'VPC';
        logged = { store: raw, entry: startOperation({ project, req: { ...req, method }, pattern: match.route.pattern, params: match.params, caller, service }) };
        await nameTarget(logged.entry, raw);
      }
      if (write && project === undefined) globalWrite = { req: { ...req, method }, pattern: match.route.pattern, params: match.params, caller };
      if (write && caller.role === 'Read-only') {
        const permission = permissionOf(method, match.route.pattern);
        throw new ApiError(
          backendCodes.forbidden,
          `Policy doesn't allow ${permission} to be performed: user ${caller.name} has the Read-only role in this project. Ask an administrator of the project, or act as one.`,
          403,
        );
      }
      const store = project === undefined ? raw : serverIndexes.wrap(logged ? loggingStore(raw, logged.entry) : raw, project);
      let body: unknown = undefined;
      if (match.route.schema) {
        const text = req.body ?? '';
        if (text.trim() === '') throw badRequest('The request body is empty; send a JSON object.');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (e) {
          throw badRequest(`The request body is not valid JSON (${e instanceof Error ? e.message : 'parse error'}).`);
        }
        const result = match.route.schema.safeParse(parsed);
        if (!result.success) throw new ApiError(codes.badParameter, zodMessage(result.error, parsed), 400);
        body = result.data;
      }
      const answer = await match.route.run({ req, project: project ?? '', params: match.params, query: req.query, body, store, caller, space });
      response = { ...answer, headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...answer.headers } };
    } catch (error) {
      if (error instanceof ApiError) response = errorResponse(error, style, requestId);
      else {
        console.error(`[backend] ${req.method} ${path} failed unexpectedly:`, error);
        const message = `The backend failed on ${req.method} ${path}: ${error instanceof Error ? error.message : String(error)}. This is a bug.`;
        response = errorResponse(new ApiError(backendCodes.internal, message, 500), style, requestId);
      }
    }
    if (logged) await logOperation(logged.store, logged.entry, response);
    else if (globalWrite) {
      // A project created or renamed is logged in its own log; a refused attempt by a user of a project, in
      // that user's project (a refused request names no project that surely exists).
      const made = (response.body as { project?: { id?: unknown } } | undefined)?.project?.id;
      const id = response.status < 300 && typeof made === 'string' ? made : globalWrite.caller.project;
      if (id) {
        const entry = startOperation({ ...globalWrite, project: id, service: 'Console' });
        await logOperation(await space.storeOf(id), entry, response);
      }
    }
    return response;
  }

  return { handle };
}
