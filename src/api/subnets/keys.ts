import { createKeys } from '../keys';

export const subnetKeys = {
  ...createKeys('subnets'),
  privateIps: (subnetId: string) => ['subnets', 'detail', subnetId, 'privateips'] as const,
};
