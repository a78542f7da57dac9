import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, User } from '../../contract';
import { useActingUser, userScope } from '../acting-user';
import { apiFetch, consoleV1 } from '../client';
import { currentProjectId } from '../project-store';
import { userKeys } from './keys';

export const createUser = (user: CreateUserRequest['user']) =>
  apiFetch<{ user: User }>(consoleV1('/users'), { method: 'POST', body: { user } satisfies CreateUserRequest }).then((b) => b.user);

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      if (user.token) useActingUser.getState().remember(userScope(currentProjectId()), [{ id: user.id, name: user.name, role: user.role, token: user.token }]);
      return qc.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
