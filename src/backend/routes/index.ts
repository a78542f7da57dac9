import type { Route } from '../router';
import { demoDataRoutes } from './demo-data';
import { faultRoutes, withFaults } from './faults';
import { haGroupRoutes } from './ha-groups';
import { portRoutesAll } from './ports';
import { privateIpRoutes } from './private-ips';
import { publicIpRoutes } from './publicips';
import { serverRoutes } from './servers';
import { subnetRoutes } from './subnets';
import { vpcRoutes } from './vpcs';

export const allRoutes: Route[] = withFaults([
  ...vpcRoutes,
  ...subnetRoutes,
  ...privateIpRoutes,
  ...portRoutesAll,
  ...publicIpRoutes,
  ...serverRoutes,
  ...demoDataRoutes,
  ...haGroupRoutes,
  ...faultRoutes,
]);
