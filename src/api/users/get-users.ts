import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../../contract';
import { useActingUser, userScope, type KnownUser } from '../acting-user';
import { apiFetch, consoleV1 } from '../client';
import { currentProjectId } from '../project-store';
import { userKeys } from './keys';

/** Users whose token the answer shows (an administrator asked) are remembered, to act as them later. */
function rememberTokens(project: string, users: readonly User[]): void {
  const known: KnownUser[] = users.flatMap((u) => (u.token ? [{ id: u.id, name: u.name, role: u.role, token: u.token }] : []));
  if (known.length) useActingUser.getState().remember(project, known);
}

export const getUsersQueryOptions = () => {
  const project = userScope(currentProjectId());
  return queryOptions({
    queryKey: userKeys.lists(),
    queryFn: async ({ signal }) => {
      const { users } = await apiFetch<{ users: User[] }>(consoleV1('/users'), { signal });
      rememberTokens(project, users);
      return users;
    },
  });
};

/** The project's users, the built-in administrator first. */
export const useUsers = () => useQuery(getUsersQueryOptions());

/** Who the backend says the console acts as; keyed by the user the console means to act as. */
export const getMeQueryOptions = (actingId: string | null) =>
  queryOptions({
    queryKey: userKeys.me(actingId),
    queryFn: ({ signal }) => apiFetch<{ user: User }>(consoleV1('/users/me'), { signal }).then((b) => b.user),
    staleTime: 60_000,
  });

