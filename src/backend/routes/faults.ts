import { faultRequest, type FaultRequest } from '../../contract';
import { ApiError } from '../errors';
import { route, type Route } from '../router';
import { ok } from './common';

/**
 * A test aid, off by default: `POST /console/v1/{project_id}/faults {"fail_next": {...}}` arms one
 * failure for the project; the next request matching method and path substring (after `after` others)
 * is answered with the given status and message instead of running, and the fault is cleared. Used by
 * the Playwright journey that checks the HA wizard's Retry and Undo. It lives in memory only: a new
 * backend (or service worker) starts without faults.
 */
type Fault = NonNullable<FaultRequest['fail_next']>;

const armed = new Map<string, Fault & { seen: number }>();

const base = '/console/v1/:project/faults';

export const faultRoutes: Route[] = [
  route<FaultRequest>({
    method: 'POST',
    pattern: base,
    schema: faultRequest,
    run: async ({ project, body }) => {
      if (body.fail_next) armed.set(project, { ...body.fail_next, seen: 0 });
      else armed.delete(project);
      return ok({ fail_next: body.fail_next });
    },
  }),
  route({
    method: 'GET',
    pattern: base,
    run: async ({ project }) => {
      const fault = armed.get(project);
      return ok({ fail_next: fault ? { ...fault, seen: undefined } : null });
    },
  }),
];

/** Wraps routes so an armed fault answers instead of the route, once. */
export function withFaults(routes: Route[]): Route[] {
  return routes.map((r) => ({
    ...r,
    run: (ctx) => {
      const fault = armed.get(ctx.project);
      if (fault && fault.method === r.method && ctx.req.path.includes(fault.path_pattern)) {
        if (fault.seen < (fault.after ?? 0)) fault.seen++;
        else {
          armed.delete(ctx.project);
          const status = fault.status ?? 409;
          const message = fault.message ?? `Injected failure (test aid) for ${r.method} ${ctx.req.path}.`;
          return Promise.reject(new ApiError(fault.code ?? `Console.${status}`, message, status));
        }
      }
      return r.run(ctx);
    },
  }));
}
