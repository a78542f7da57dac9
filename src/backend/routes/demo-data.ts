import { demoDataRequest, type DemoDataRequest } from '../../contract';
import { loadLarge } from '../large';
import { route, type Route } from '../router';
import { seedDemo } from '../seed';
import { ok } from './common';

/**
 * Console extension. `reset`: wipe the project and seed the demo data again (one transaction).
 * `load-large`: add the large data set (a new VPC, 40 subnets, 10,000 servers; one transaction).
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
      const result = await store.write((tx) => loadLarge(tx, project));
      return ok({ action: 'load-large', ...result, elapsed_ms: Date.now() - started });
    },
  }),
];
