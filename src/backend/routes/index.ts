import type { Route } from '../router';
import { changesRoutes } from './changes';
import { demoDataRoutes } from './demo-data';
import { faultRoutes, withFaults } from './faults';
import { haGroupRoutes } from './ha-groups';
import { operationRoutes } from './operations';
import { portRoutesAll } from './ports';
import { privateIpRoutes } from './private-ips';
import { projectRoutes } from './projects';
import { newProjectFromFileRoute } from './new-project-from-file';
import { projectFileRoutes } from './project-file';
import { publicIpRoutes } from './publicips';
import { serverRoutes } from './servers';
import { subnetRoutes } from './subnets';
import { userRoutes } from './users';
import { vpcRoutes } from './vpcs';

/** The API's routes: the Huawei subset and the console's extension. */
export const apiRoutes: Route[] = [
  ...vpcRoutes,
  ...subnetRoutes,
  ...privateIpRoutes,
  ...portRoutesAll,
  ...publicIpRoutes,
  ...serverRoutes,
  ...demoDataRoutes,
  ...haGroupRoutes,
  ...projectRoutes,
  ...userRoutes,
  ...operationRoutes,
  ...projectFileRoutes,
  newProjectFromFileRoute,
  ...changesRoutes,
];

/**
 * The routes a backend serves. The faults test aid (`/console/v1/{p}/faults`) exists only when switched on
 * (`npm run api --faults`, the Playwright test build, tests): otherwise anyone could make another
 * project's next request fail, and its path answers 404 like any unknown API.
 */
export function routesFor(options: { faults?: boolean } = {}): Route[] {
  return options.faults ? withFaults([...apiRoutes, ...faultRoutes]) : apiRoutes;
}
