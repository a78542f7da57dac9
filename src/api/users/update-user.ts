import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, UpdateUserRequest, User } from '../../contract';
import { useActingUser, userScope } from '../acting-user';
import { apiFetch, consoleV1 } from '../client';
import { currentProjectId } from '../project-store';
import { userKeys } from './keys';

export const updateUserRole = ({ id, role }: { id: string; role: Role }) =>
  apiFetch<{ user: User }>(consoleV1(`/users/${encodeURIComponent(id)}`), { method: 'PUT', body: { user: { role } } satisfies UpdateUserRequest }).then((b) => b.user);

export function useUpdateUserRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateUserRole,
    onSuccess: (user) => {
      const project = userScope(currentProjectId());
      const state = useActingUser.getState();
      const known = state.known[project]?.[user.id];
      if (known) state.remember(project, [{ ...known, role: user.role }]);
      if (state.acting[project]?.id === user.id) state.actAs(project, { ...state.acting[project]!, role: user.role });
      return qc.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
