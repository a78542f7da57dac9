import {
  createServersRequest,
  deleteServersRequest,
  serverActionRequest,
  type CreateServersRequest,
  type DeleteServersRequest,
  type InterfaceAttachment,
  type ServerActionRequest,
} from '../../contract';
import { backendCodes, ApiError, badRequest } from '../errors';
import { nowIso, randomId } from '../ids';
import { isNic, jobRecord, jobView, nicsOf, serverView, serverViews } from '../model';
import { intParam, parseListParams } from '../paging';
import { route, type Route } from '../router';
import { createServers, deleteServers } from '../server-ops';
import { ServerIndex, serverIndexesOf } from '../server-index';
import { prefixRange, type ServerRecord, type Store, type Tx } from '../store';
import { mustServer, ok } from './common';
import { withEtag } from './revision';

const base = '/v1/:project/cloudservers';

/**
 * One page of the project's servers in the order of an index, without reading (many) other records:
 * skip `skip`, take `limit`. Near the start of the walk a cursor is cheapest; a long first or second
 * page in ascending order is one getAll; deeper in, the primary keys up to the page are read (keys
 * only, one request) and only the page's records are fetched.
 * (fake-indexeddb, used under Node, re-scans from the range start on every cursor step, so a cursor
 * `advance(10000)` there takes seconds; a key scan does not.)
 */
async function pageByIndex(
  tx: Tx,
  project: string,
  index: 'by_created' | 'by_name',
  dir: 'next' | 'prev',
  skip: number,
  limit: number,
  total: number,
): Promise<ServerRecord[]> {
  if (skip >= total) return [];
  const source = tx.raw.objectStore('servers').index(index);
  const range = prefixRange(project);
  if (skip + limit <= 200) {
    let cursor = await source.openCursor(range, dir);
    if (cursor && skip > 0) cursor = await cursor.advance(skip);
    const out: ServerRecord[] = [];
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }
  // Ascending and no deeper than one page: the records in one request (the topology reads 1,000 so).
  if (dir === 'next' && skip <= limit) return (await source.getAll(range, skip + limit)).slice(skip);
  let ids: string[];
  if (dir === 'next') ids = (await source.getAllKeys(range, skip + limit)).slice(skip);
  else ids = (await source.getAllKeys(range, total - skip)).slice(Math.max(0, total - skip - limit)).reverse();
  const records = await Promise.all(ids.map((id) => tx.get('servers', id)));
  return records.filter((r): r is ServerRecord => r !== undefined);
}

interface ServerQuery {
  skip: number;
  limit: number;
  name?: string;
  status: string[];
  ip?: string;
  ipEq?: string;
  sortKey: 'name' | 'created_at';
  dir: 'asc' | 'desc';
  /** `server_id`: only these servers (null: any). */
  ids: string[] | null;
}

/**
 * ECS list: `offset` is a 1-based PAGE number and `limit` the page size (default 25, max 1000); the
 * answer's `count` is the number of matching servers. Newest first, as ECS lists them; the console's
 * `sort_key` (name | created_at) and `sort_dir` change that. `name` is a case-insensitive substring,
 * `status` exact, `ip` a substring of a NIC address and `ip_eq` an exact NIC address (as ECS has them);
 * `server_id` a comma-separated list of ids (ECS's filter; the console reads the servers of a subnet so).
 */
function serverQuery(query: URLSearchParams): ServerQuery {
  const pageNo = intParam(query, 'offset', 1, 1_000_000, 1);
  const limit = intParam(query, 'limit', 1, 1000, 25);
  const list = parseListParams(new URLSearchParams([...query].filter(([k]) => k !== 'limit' && k !== 'offset')));
  if (list.sortKey === 'ip_address') throw badRequest('sort_key ip_address: a server has several addresses; sort servers by name or created_at.', 'sort_key');
  return {
    skip: (pageNo - 1) * limit,
    limit,
    name: list.name,
    status: query.getAll('status'),
    ip: query.get('ip') || undefined,
    ipEq: query.get('ip_eq') || undefined,
    sortKey: list.sortKey ?? 'created_at',
    dir: query.has('sort_dir') || list.sortKey ? list.sortDir : 'desc',
    ids: serverIdsParam(query),
  };
}

const isPlain = (q: ServerQuery) => !q.name && q.status.length === 0 && !q.ip && !q.ipEq && !q.ids;

/** A plain list straight off the store's indexes: a count and a cursor (or key scan) to the page. */
async function pageFromStore(tx: Tx, project: string, q: ServerQuery): Promise<{ count: number; servers: ServerRecord[] }> {
  // The kept count when there is one: counting walks every server of the project (180 ms at 50,000).
  const count = (await tx.get('meta', project))?.servers ?? (await tx.count('servers', 'by_project', prefixRange(project)));
  const index = q.sortKey === 'name' ? 'by_name' : 'by_created';
  const servers = await pageByIndex(tx, project, index, q.dir === 'desc' ? 'prev' : 'next', q.skip, q.limit, count);
  return { count, servers };
}

/** Any list off the in-memory index: matches found in memory, then only the page's records read. */
async function pageFromIndex(tx: Tx, project: string, index: ServerIndex, q: ServerQuery): Promise<{ count: number; servers: ServerRecord[] }> {
  let withIp: Set<string> | null = null;
  if (q.ip || q.ipEq) {
    const nics = q.ipEq ? await tx.all('ports', 'by_project_ip', [project, q.ipEq]) : (await tx.ofProject('ports', project)).filter((p) => p.ip.includes(q.ip!));
    withIp = new Set(nics.filter(isNic).map((p) => p.device_id));
  }
  const needle = q.name?.toLowerCase();
  const wanted = q.ids ? new Set(q.ids) : null;
  const ordered = index.ordered(q.sortKey);
  const matching = isPlain(q)
    ? ordered
    : ordered.filter((s) => (!needle || s.lower.includes(needle)) && (q.status.length === 0 || q.status.includes(s.status)) && (!withIp || withIp.has(s.id)) && (!wanted || wanted.has(s.id)));
  const count = matching.length;
  const ids: string[] = [];
  for (let i = q.skip; i < Math.min(count, q.skip + q.limit); i++) ids.push(matching[q.dir === 'desc' ? count - 1 - i : i].id);
  const records = await Promise.all(ids.map((id) => tx.get('servers', id)));
  return { count, servers: records.filter((r): r is ServerRecord => r !== undefined) };
}

/**
 * The ECS list. With the project's server index built, every list is answered from it. Without it, a
 * plain list (no filter) reads the store's indexes and the index is built after the answer, for the
 * searches to come; a filtered list waits for the index (chunked reads of the project's servers).
 */
async function listServers(store: Store, project: string, query: URLSearchParams) {
  const q = serverQuery(query);
  const indexes = serverIndexesOf(store);
  let index = indexes?.ready(project);
  // A list of named servers reads just those: no need to wait for the index.
  if (!index && indexes && !isPlain(q) && !q.ids) index = await indexes.of(store, project);
  const answer = await store.read(async (tx) => {
    // A store that keeps no index (not wrapped by the handler) filters a one-off index of every server.
    const source = index ?? (isPlain(q) ? undefined : new ServerIndex(q.ids ? await serversById(tx, project, q.ids) : await tx.ofProject('servers', project)));
    const { count, servers } = source ? await pageFromIndex(tx, project, source, q) : await pageFromStore(tx, project, q);
    // The project's servers: a plain list counts them, an index holds them all; a one-off index of
    // named servers does not know how many there are.
    const projectServers = index ? index.count : source ? (q.ids ? Infinity : source.count) : count;
    return ok({ count, servers: await serverViews(tx, project, servers, projectServers) });
  });
  if (!index && indexes) indexes.of(store, project).catch(() => {});
  return answer;
}

const MAX_SERVER_IDS = 1000;

/** `server_id=a,b,c`: the ids asked for, without repeats, or null when absent. */
function serverIdsParam(query: URLSearchParams): string[] | null {
  if (!query.has('server_id')) return null;
  const ids = [...new Set(query.getAll('server_id').flatMap((v) => v.split(',')).map((id) => id.trim()).filter(Boolean))];
  if (ids.length > MAX_SERVER_IDS) {
    throw badRequest(`server_id names ${ids.length} servers; name at most ${MAX_SERVER_IDS} per request.`, 'server_id');
  }
  return ids;
}

/** The project's servers among `ids` (unknown ids and other projects' servers are left out, as a filter does). */
async function serversById(tx: Tx, project: string, ids: readonly string[]): Promise<ServerRecord[]> {
  const found = await Promise.all(ids.map((id) => tx.getOwned('servers', project, id)));
  return found.filter((s): s is ServerRecord => s !== undefined);
}

function subJobs(type: string, serverIds: readonly string[], at: string) {
  return {
    sub_jobs_total: serverIds.length,
    sub_jobs: serverIds.map((id) => ({ job_id: randomId('job'), job_type: type, status: 'SUCCESS', begin_time: at, end_time: at, entities: { server_id: id } })),
  };
}

export const serverRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: `${base}/detail`,
    run: ({ store, project, query }) => listServers(store, project, query),
  }),
  route({
    method: 'GET',
    pattern: `${base}/:id`,
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const server = await mustServer(tx, project, params.id);
        return withEtag(ok({ server: await serverView(tx, server) }), server);
      }),
  }),
  route({
    method: 'GET',
    pattern: `${base}/:id/os-interface`,
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const server = await mustServer(tx, project, params.id);
        const interfaceAttachments: InterfaceAttachment[] = (await nicsOf(tx, project, server.id)).map((p) => ({
          port_id: p.id,
          net_id: p.network_id,
          mac_addr: p.mac_address,
          port_state: p.status,
          fixed_ips: p.fixed_ips,
        }));
        return ok({ interfaceAttachments });
      }),
  }),
  route<CreateServersRequest>({
    method: 'POST',
    pattern: base,
    schema: createServersRequest,
    run: ({ store, project, body }) =>
      store.write(async (tx) => {
        const servers = await createServers(tx, project, body, randomId);
        const at = nowIso();
        const serverIds = servers.map((s) => s.id);
        const job = jobRecord(project, randomId('job'), 'createServer', subJobs('createSingleServer', serverIds, at), at);
        await tx.put('jobs', job);
        return ok({ job_id: job.job_id, serverIds });
      }),
  }),
  route<DeleteServersRequest>({
    method: 'POST',
    pattern: `${base}/delete`,
    schema: deleteServersRequest,
    run: ({ store, project, body }) =>
      store.write(async (tx) => {
        const ids = body.servers.map((s) => s.id);
        await deleteServers(tx, project, ids);
        const at = nowIso();
        const job = jobRecord(project, randomId('job'), 'deleteServer', subJobs('deleteSingleServer', ids, at), at);
        await tx.put('jobs', job);
        return ok({ job_id: job.job_id });
      }),
  }),
  route<ServerActionRequest>({
    method: 'POST',
    pattern: `${base}/action`,
    schema: serverActionRequest,
    run: ({ store, project, body }) =>
      store.write(async (tx) => {
        const start = 'os-start' in body;
        const refs = 'os-start' in body ? body['os-start'].servers : body['os-stop'].servers;
        const servers: ServerRecord[] = [];
        for (const ref of refs) servers.push(await mustServer(tx, project, ref.id));
        const at = nowIso();
        for (const s of servers) {
          await tx.put('servers', {
            ...s,
            status: start ? 'ACTIVE' : 'SHUTOFF',
            'OS-EXT-STS:vm_state': start ? 'active' : 'stopped',
            'OS-EXT-STS:power_state': start ? 1 : 4,
            updated: at,
          });
        }
        const type = start ? 'batchStartServers' : 'batchStopServers';
        const job = jobRecord(project, randomId('job'), type, subJobs(start ? 'startSingleServer' : 'stopSingleServer', servers.map((s) => s.id), at), at);
        await tx.put('jobs', job);
        return ok({ job_id: job.job_id });
      }),
  }),
  route({
    method: 'GET',
    pattern: '/v1/:project/jobs/:job_id',
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const job = await tx.getOwned('jobs', project, params.job_id);
        if (!job) throw new ApiError(backendCodes.serverNotFound, `Job ${params.job_id} does not exist in this project.`, 404);
        return ok(jobView(job));
      }),
  }),
];
