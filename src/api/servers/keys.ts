import { createKeys } from '../keys';

export const serverKeys = Object.assign(createKeys('servers'), {
  nics: (serverId: string) => [...serverKeys.detail(serverId), 'nics'] as const,
});
