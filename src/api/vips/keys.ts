import { createKeys } from '../keys';

/** VIP ports (`device_owner: neutron:VIP_PORT`). */
export const vipKeys = createKeys('vips');
