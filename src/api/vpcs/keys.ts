import { createKeys } from '../keys';

export const vpcKeys = createKeys('vpcs');
