import { route, type Route } from '../router';
import { ok } from './common';

/** The changes stream's path (console extension); the Node adapter streams a 200 answer of this route. */
export const CHANGES_PATH = /^\/console\/v1\/([^/]+)\/changes\/?$/;

/**
 * Console extension: `GET /console/v1/{project_id}/changes`. The pure handler checks it like any request
 * (route, auth, project) and answers what the stream is; the Node adapter (`node-adapter.ts`) turns that
 * 200 into a text/event-stream of the project's committed changes (`changes-stream.ts`). The in-browser
 * backend has no stream: its worker announces changes on a BroadcastChannel.
 */
export const changesRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/console/v1/:project/changes',
    run: async ({ project }) =>
      ok({
        changes: {
          project,
          stream: 'npm run api answers this path as text/event-stream: one "change" event per committed write, data {"project", "changes": [{"store", "key"}]}',
        },
      }),
  }),
];
