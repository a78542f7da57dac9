import { OPERATION_BODY_LIMIT, OPERATION_RETENTION, type Operation, type TraceRating } from '../contract';
import type { ApiRequest, ApiResponse } from './handler';
import type { Caller } from './identity';
import { prefixRange, type OperationRecord, type Store, type Tx } from './store';

/**
 * The operation log (CTS-like): every write request a project's route answers, with who sent it and what
 * came back. The record is put in the request's own write transaction (so a committed change always has
 * its entry, and an aborted one none) and completed with the answer in a short write after it; a request
 * refused before or instead of writing gets one write of its entry.
 */

/** What a write is called in the log: `${verb}${Resource}` by method and route pattern. */
const ACTIONS: Record<string, { action: string; resource: string }> = {
  'POST /v1/:project/vpcs': { action: 'createVpc', resource: 'vpc' },
  'PUT /v1/:project/vpcs/:id': { action: 'updateVpc', resource: 'vpc' },
  'DELETE /v1/:project/vpcs/:id': { action: 'deleteVpc', resource: 'vpc' },
  'POST /v1/:project/subnets': { action: 'createSubnet', resource: 'subnet' },
  'PUT /v1/:project/vpcs/:vpc_id/subnets/:id': { action: 'updateSubnet', resource: 'subnet' },
  'DELETE /v1/:project/vpcs/:vpc_id/subnets/:id': { action: 'deleteSubnet', resource: 'subnet' },
  'POST /v1/:project/ports': { action: 'createPort', resource: 'port' },
  'PUT /v1/:project/ports/:id': { action: 'updatePort', resource: 'port' },
  'DELETE /v1/:project/ports/:id': { action: 'deletePort', resource: 'port' },
  'POST /v2.0/ports': { action: 'createPort', resource: 'port' },
  'PUT /v2.0/ports/:id': { action: 'updatePort', resource: 'port' },
  'DELETE /v2.0/ports/:id': { action: 'deletePort', resource: 'port' },
  'POST /v1/:project/publicips': { action: 'createPublicip', resource: 'eip' },
  'PUT /v1/:project/publicips/:id': { action: 'updatePublicip', resource: 'eip' },
  'DELETE /v1/:project/publicips/:id': { action: 'deletePublicip', resource: 'eip' },
  'POST /v1/:project/cloudservers': { action: 'createServers', resource: 'server' },
  'POST /v1/:project/cloudservers/delete': { action: 'deleteServers', resource: 'server' },
  'POST /v1/:project/cloudservers/action': { action: 'actionServers', resource: 'server' },
  'POST /console/v1/:project/ha-groups': { action: 'createHaGroup', resource: 'ha-group' },
  'PUT /console/v1/:project/ha-groups/:id': { action: 'updateHaGroup', resource: 'ha-group' },
  'DELETE /console/v1/:project/ha-groups/:id': { action: 'deleteHaGroup', resource: 'ha-group' },
  'POST /console/v1/:project/demo-data': { action: 'loadDemoData', resource: 'project' },
  'POST /console/v1/:project/import': { action: 'importProject', resource: 'project' },
  'POST /console/v1/:project/users': { action: 'createUser', resource: 'user' },
  'PUT /console/v1/:project/users/:id': { action: 'updateUser', resource: 'user' },
  'DELETE /console/v1/:project/users/:id': { action: 'deleteUser', resource: 'user' },
  'POST /v3/projects': { action: 'createProject', resource: 'project' },
  'POST /console/v1/projects/import': { action: 'createProjectFromFile', resource: 'project' },
  'PATCH /v3/projects/:id': { action: 'updateProject', resource: 'project' },
  'POST /console/v1/:project/faults': { action: 'setFault', resource: 'fault' },
  'DELETE /console/v1/:project/faults': { action: 'clearFaults', resource: 'fault' },
};

/** The log's name for a write route, or undefined for a route it does not name (a test checks there is none). */
export function actionOf(method: string, pattern: string): { action: string; resource: string } | undefined {
  return ACTIONS[`${method} ${pattern}`];
}

const SERVER_ACTIONS: Record<string, string> = { 'os-start': 'startServers', 'os-stop': 'stopServers', reboot: 'rebootServers' };

/** What the IAM policy calls a write: `vpc:ports:update`, `ecs:cloudServers:delete`, `console:haGroups:create`. */
export function permissionOf(method: string, pattern: string): string {
  const service = pattern.includes('/cloudservers') ? 'ecs' : pattern.startsWith('/console/') ? 'console' : pattern.startsWith('/v3/') ? 'iam' : 'vpc';
  const segments = pattern.split('/').filter((s) => s && !s.startsWith(':') && !/^v\d/.test(s) && s !== 'console');
  const resource = segments[0] === 'cloudservers' ? 'cloudServers' : (segments[0] ?? 'api').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const last = segments.at(-1);
  const verb = last === 'delete' ? 'delete' : last === 'action' ? 'action' : method === 'POST' ? 'create' : method === 'DELETE' ? 'delete' : 'update';
  return `${service}:${resource}:${verb}`;
}

let lastTime = 0;
let sequence = 0;

/** A trace id that sorts by time: 12 hex digits of ms, 4 of a sequence within the ms, 8 random. */
export function newTraceId(now: number): string {
  if (now <= lastTime) sequence++;
  else {
    lastTime = now;
    sequence = 0;
  }
  const random = crypto.getRandomValues(new Uint32Array(1))[0].toString(16).padStart(8, '0');
  return `${Math.max(now, lastTime).toString(16).padStart(12, '0')}${(sequence & 0xffff).toString(16).padStart(4, '0')}${random}`;
}

/** The smallest trace id of a time (ms), for time-range bounds. */
export const traceIdAt = (ms: number): string => Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');

/** Fields whose values the log never keeps: a user's token and secret key. */
const SECRET_FIELDS = new Set(['token', 'secret_key', 'sk', 'password']);
export const REDACTED = '(not kept in the log)';

/** The value with every secret field's value replaced (anyone who may read the log may read this). */
function redacted(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redacted(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_FIELDS.has(k) && v !== null && v !== undefined ? REDACTED : redacted(v, depth + 1)]));
}

function capped(value: unknown): { text: string; truncated: boolean } {
  if (value === undefined) return { text: '', truncated: false };
  const text = typeof value === 'string' ? value : JSON.stringify(redacted(value));
  return text.length > OPERATION_BODY_LIMIT ? { text: text.slice(0, OPERATION_BODY_LIMIT), truncated: true } : { text, truncated: false };
}

/** What sent the request, from its headers: the console, the official SDK, curl, or its User-Agent. */
export function clientOf(headers: Record<string, string>): string {
  if (headers['x-console-client']) return 'console';
  const agent = headers['user-agent'] ?? '';
  if (/huaweicloud/i.test(agent)) return 'huawei-sdk';
  if (/^curl\//i.test(agent)) return 'curl';
  return agent.slice(0, 64) || 'unknown';
}

function ratingOf(status: number): TraceRating {
  return status >= 500 ? 'incident' : status >= 400 ? 'warning' : 'normal';
}

/** The first object of an answer or request body (`{port: {...}}` -> the port), for ids and names. */
function subject(body: unknown): Record<string, unknown> | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const value of Object.values(body)) if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return undefined;
}

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
/** A name as the log keeps it: at most 255 characters (a refused request may carry any length). */
const nameOf = (v: unknown): string => str(v).slice(0, 255);

/** The servers a batch request names (`{servers: [{id}]}`, or `{"os-stop": {servers: [...]}}`). */
function serverIdsOf(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const direct = (body as { servers?: unknown }).servers;
  const nested = Object.values(body).find((v) => v && typeof v === 'object' && Array.isArray((v as { servers?: unknown }).servers)) as { servers?: unknown } | undefined;
  const list = Array.isArray(direct) ? direct : Array.isArray(nested?.servers) ? nested.servers : [];
  return list.map((s) => str((s as { id?: unknown } | null)?.id)).filter(Boolean).slice(0, 50);
}

export interface OperationStart {
  project: string;
  req: ApiRequest;
  pattern: string;
  params: Record<string, string>;
  caller: Caller;
  service: Operation['service_type'];
}

/** The entry of a write as it starts: no answer yet (`code` empty until `completeOperation`). */
export function startOperation(start: OperationStart, now = Date.now()): OperationRecord {
  const { req, caller } = start;
  const named = actionOf(req.method, start.pattern);
  let parsed: unknown;
  try {
    // A large body (an import) is not read again just for a name.
    parsed = req.body && req.body.length <= 65_536 ? JSON.parse(req.body) : undefined;
  } catch {
    parsed = undefined;
  }
  const requested = subject(parsed);
  const action = req.method === 'POST' && start.pattern.endsWith('/action') && requested ? (SERVER_ACTIONS[Object.keys(parsed as object)[0]] ?? 'actionServers') : named?.action;
  const request = capped(parsed !== undefined ? parsed : (req.body ?? ''));
  const id = newTraceId(now);
  return {
    id,
    project_id: start.project,
    trace_id: id,
    trace_name: action ?? `${req.method.toLowerCase()}Request`,
    trace_rating: 'normal',
    trace_type: start.req.headers['x-console-client'] ? 'ConsoleAction' : 'ApiCall',
    service_type: start.service,
    resource_type: named?.resource ?? 'unknown',
    resource_id: start.params.id ?? serverIdsOf(parsed).join(','),
    resource_name: nameOf(requested?.name),
    user: { id: caller.id, name: caller.name },
    time: now,
    http_method: req.method,
    request_path: req.path,
    code: '',
    error_code: null,
    client: clientOf(req.headers),
    request: request.text,
    response: '',
    ...(request.truncated ? { request_truncated: true } : {}),
  };
}

/** The entry with its answer: status, error code, and what the answer says of the resource. */
export function completeOperation(entry: OperationRecord, response: ApiResponse): OperationRecord {
  const body = response.body as Record<string, unknown> | undefined;
  const answered = response.status < 300 ? subject(body) : undefined;
  const errorCode = response.status >= 400 ? str(body?.error_code) || str((body?.error as Record<string, unknown> | undefined)?.code) || null : null;
  const out = capped(body);
  const serverIds = Array.isArray(body?.serverIds) ? (body.serverIds as unknown[]) : Array.isArray(body?.server_ids) ? (body.server_ids as unknown[]) : [];
  let resourceType = entry.resource_type;
  if (resourceType === 'port' && answered?.device_owner === 'neutron:VIP_PORT') resourceType = 'vip';
  return {
    ...entry,
    resource_type: resourceType,
    resource_id: entry.resource_id || str(answered?.id) || serverIds.map(str).join(','),
    resource_name: nameOf(answered?.name) || nameOf(answered?.alias) || entry.resource_name,
    code: String(response.status),
    trace_rating: ratingOf(response.status),
    error_code: errorCode,
    response: out.text,
    ...(out.truncated ? { response_truncated: true } : {}),
  };
}

const STORE_OF: Partial<Record<string, 'vpcs' | 'subnets' | 'ports' | 'publicips' | 'ha_groups' | 'users'>> = {
  vpc: 'vpcs',
  subnet: 'subnets',
  port: 'ports',
  eip: 'publicips',
  'ha-group': 'ha_groups',
  user: 'users',
};

/**
 * The entry of a write on one resource, named from the resource as it stands before the write: its name,
 * and for a port whether it is a virtual IP (so a release or a refused bind is found on the VIP's page).
 */
export async function nameTarget(entry: OperationRecord, store: Store): Promise<void> {
  const name = STORE_OF[entry.resource_type];
  if (!name || !entry.resource_id || entry.resource_id.includes(',')) return;
  const record = (await store.read((tx) => tx.getOwned(name, entry.project_id, entry.resource_id))) as { name?: string; alias?: string; device_owner?: string } | undefined;
  if (!record) return;
  if (name === 'ports' && record.device_owner === 'neutron:VIP_PORT') entry.resource_type = 'vip';
  entry.resource_name ||= nameOf(record.name) || nameOf(record.alias);
}

/** A project's entries are pruned to OPERATION_RETENTION once every this many writes of it. */
export const PRUNE_EVERY = 50;

/** Deletes the project's oldest entries beyond OPERATION_RETENTION (in the caller's write). */
export async function pruneOperations(tx: Tx, project: string): Promise<number> {
  const range = prefixRange(project);
  const count = await tx.count('operations', 'by_project', range);
  const surplus = count - OPERATION_RETENTION;
  if (surplus <= 0) return 0;
  const keys = await tx.raw.objectStore('operations').index('by_project').getAllKeys(range, surplus);
  await Promise.all(keys.map((key) => tx.delete('operations', key, project)));
  return keys.length;
}

/**
 * The store a write route works with: each of its write transactions also puts the entry (as it stands),
 * so the change and its log entry commit together.
 */
export function loggingStore(store: Store, entry: OperationRecord): Store {
  return {
    read: (fn) => store.read(fn),
    dump: () => store.dump(),
    load: (dump) => store.load(dump),
    close: () => store.close(),
    write: (fn) =>
      store.write(async (tx) => {
        const result = await fn(tx);
        await tx.put('operations', { ...entry });
        return result;
      }),
  };
}

/** The entry's wire view (the record without its store fields). */
export function operationView(record: OperationRecord): Operation {
  const { id: _id, project_id: _project, rev: _rev, ...view } = record;
  return view;
}
