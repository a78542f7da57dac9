import { createKeys } from '../keys';

export const subnetKeys = Object.assign(createKeys('subnets'), {
  privateIps: (subnetId: string) => [...subnetKeys.detail(subnetId), 'privateips'] as const,
});
