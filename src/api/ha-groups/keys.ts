import { createKeys } from '../keys';

/** The console's HA-group extension (`/console/v1/{project_id}/ha-groups`). */
export const haGroupKeys = createKeys('ha-groups');
