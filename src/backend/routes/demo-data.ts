import { demoDataRequest, type DemoDataRequest } from '../../contract';
import { LARGE_DEFAULT_SERVERS, loadLarge } from '../large';
import { route, type Route } from '../router';
import { seedDemo } from '../seed';
import { ok } from './common';

/**
 * Console extension. `reset`: wipe the project and seed the demo data again (one transaction).
 * `load-large`: replace the project's data with the large data set of `servers` servers (default
 * 10,000; one transaction). Either answers how long it took (`elapsed_ms`).
 */
export const demoDataRoutes: Route[] = [
  route<DemoDataRequest>({
    method: 'POST',
    pattern: '/console/v1/:project/demo-data',
    schema: demoDataRequest,
    run: async ({ store, project, body }) => {
      const started = Date.now();
      if (body.action === 'reset') {
        await store.write(async (tx) => {
          await tx.wipeProject(project);
          await seedDemo(tx, project);
        });
        return ok({ action: 'reset', elapsed_ms: Date.now() - started });
      }
      const result = await store.write((tx) => loadLarge(tx, project, body.servers ?? LARGE_DEFAULT_SERVERS));
      return ok({ action: 'load-large', ...result, elapsed_ms: Date.now() - started });
    },
  }),
];
