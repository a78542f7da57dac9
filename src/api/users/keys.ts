import { createKeys } from '../keys';

export const userKeys = Object.assign(createKeys('users'), {
  me: (actingId: string | null) => [...userKeys.all, 'me', actingId] as const,
});
