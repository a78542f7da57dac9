import { OPERATIONS_MAX_LIMIT, TRACE_RATINGS, type Operation } from '../../contract';
import { badRequest, notFound } from '../errors';
import { operationView, traceIdAt } from '../operation-log';
import { route, type Route } from '../router';
import type { OperationRecord } from '../store';
import { ok } from './common';

const base = '/console/v1/:project/operations';
const DEFAULT_LIMIT = 50;

function wholeParam(query: URLSearchParams, key: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = query.get(key);
  if (text === null || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) throw badRequest(`${key}: use a whole number from 0 to ${max}${key === 'limit' ? '' : ' (milliseconds since 1970)'}.`, key);
  return n;
}

/** The filters of the log, as CTS names them; every one given must match. */
function filterOf(query: URLSearchParams): (o: OperationRecord) => boolean {
  const rating = query.get('trace_rating');
  if (rating && !TRACE_RATINGS.includes(rating as never)) throw badRequest(`trace_rating: use ${TRACE_RATINGS.join(', ')}.`, 'trace_rating');
  const wanted: [keyof Operation | 'user', string | null][] = [
    ['resource_type', query.get('resource_type')],
    ['resource_id', query.get('resource_id')],
    ['trace_name', query.get('trace_name')],
    ['trace_rating', rating],
    ['user', query.get('user')],
  ];
  return (o) =>
    wanted.every(([key, value]) => {
      if (!value) return true;
      if (key === 'user') return o.user.name === value || o.user.id === value;
      if (key === 'resource_id') return o.resource_id.split(',').includes(value);
      return o[key] === value;
    });
}

/**
 * The operation log (CTS's `ListTraces`, in the console's path): newest first, filtered by resource
 * type and id, user, action, rating and time range (`from`, `to`, ms), `limit` at most 200 (default 50),
 * and marker paging: `meta_data.marker` is the trace to continue after, null on the last page.
 */
export const operationRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: base,
    run: ({ store, project, query }) => {
      const limit = wholeParam(query, 'limit', OPERATIONS_MAX_LIMIT) || DEFAULT_LIMIT;
      const from = wholeParam(query, 'from');
      const to = wholeParam(query, 'to');
      if (from !== undefined && to !== undefined && from > to) throw badRequest('from: the time range starts after it ends (from > to).', 'from');
      const marker = query.get('next') || query.get('marker');
      const keep = filterOf(query);
      const lowest = from !== undefined ? traceIdAt(from) : '';
      const highest = to !== undefined ? traceIdAt(to + 1) : undefined;
      const end = marker !== null && marker !== '' && (highest === undefined || marker < highest) ? marker : highest;
      const empty = { traces: [], meta_data: { count: 0, marker: null } };
      // A marker (or an end) at or below the start leaves nothing to list.
      if (end !== undefined && end <= lowest) return Promise.resolve(ok(empty));
      const range = IDBKeyRange.bound([project, lowest], end === undefined ? [project, []] : [project, end], false, true);
      return store.read(async (tx) => {
        const traces: Operation[] = [];
        let more = false;
        let cursor = await tx.raw.objectStore('operations').index('by_project').openCursor(range, 'prev');
        while (cursor) {
          if (keep(cursor.value)) {
            if (traces.length === limit) {
              more = true;
              break;
            }
            traces.push(operationView(cursor.value));
          }
          cursor = await cursor.continue();
        }
        return ok({ traces, meta_data: { count: traces.length, marker: more ? traces[traces.length - 1].trace_id : null } });
      });
    },
  }),
  route({
    method: 'GET',
    pattern: `${base}/:id`,
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const record = await tx.getOwned('operations', project, params.id);
        if (!record) throw notFound('Console.0404', `Operation ${params.id} is not in this project's log (the log keeps the newest 10,000).`);
        return ok({ trace: operationView(record) });
      }),
  }),
];
