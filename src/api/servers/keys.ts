import { createKeys } from '../keys';

export const serverKeys = {
  ...createKeys('servers'),
  nics: (serverId: string) => ['servers', 'detail', serverId, 'nics'] as const,
};
