import type { ZodType } from 'zod';
import type { ApiRequest, ApiResponse } from './handler';
import type { ErrorStyle } from './errors';
import type { Caller } from './identity';
import type { ProjectSpace } from './project-space';
import type { Store } from './store';

/**
 * What a route gets: the project, path parameters, the parsed and validated body, the project's store,
 * who calls, and every project (for the routes above projects: `global`).
 */
export interface RouteContext<B = unknown> {
  req: ApiRequest;
  /** Empty for a `global` route. */
  project: string;
  caller: Caller;
  space: ProjectSpace;
  params: Record<string, string>;
  query: URLSearchParams;
  body: B;
  store: Store;
}

export interface Route<B = unknown> {
  method: string;
  /** Segments; `:name` captures one segment. `{p}` is written `:project`. */
  pattern: string;
  /** A route above projects (`/v3/projects`): no project in its path; `store` is not to be used. */
  global?: boolean;
  /** Body schema; when set, the body must be JSON that satisfies it. */
  schema?: ZodType<B>;
  run(ctx: RouteContext<B>): Promise<ApiResponse>;
}

/** Helper that keeps the body type of a route tied to its schema. */
export function route<B>(r: Route<B>): Route {
  return r as unknown as Route;
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** A tiny exact-segment router: literal segments beat `:param` segments (so `/cloudservers/detail` wins). */
export class Router {
  private readonly compiled: { route: Route; segments: string[] }[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({ route, segments: split(route.pattern) }));
  }

  match(method: string, path: string): Match {
    const parts = split(path);
    let best: { route: Route; params: Record<string, string>; score: number } | null = null;
    const allowed = new Set<string>();
    for (const { route, segments } of this.compiled) {
      if (segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let score = 0;
      let ok = true;
      for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        if (seg.startsWith(':')) {
          try {
            params[seg.slice(1)] = decodeURIComponent(parts[i]);
          } catch {
            ok = false;
            break;
          }
        } else if (seg === parts[i]) score++;
        else {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (route.method !== method) {
        allowed.add(route.method);
        continue;
      }
      if (!best || score > best.score) best = { route, params, score };
    }
    if (best) {
      // A literal match elsewhere with another method (GET /cloudservers/detail vs GET /cloudservers/:id) is fine.
      return { kind: 'found', route: best.route, params: best.params };
    }
    return allowed.size ? { kind: 'wrong-method', allowed: [...allowed].sort() } : { kind: 'none' };
  }
}

/** ECS paths (servers, jobs) answer ECS-style errors; everything else VPC-style. */
export function errorStyleOf(path: string): ErrorStyle {
  return /^\/v1\/[^/]+\/(cloudservers|jobs)(\/|$)/.test(path) ? 'ecs' : 'vpc';
}
