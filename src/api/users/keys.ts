import { createKeys } from '../keys';

export const userKeys = Object.assign(createKeys('users'), {
  me: () => [...userKeys.all, 'me'] as const,
});
