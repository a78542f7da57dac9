import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useActingUser, userScope } from '../acting-user';
import { apiFetch, consoleV1 } from '../client';
import { currentProjectId } from '../project-store';
import { userKeys } from './keys';

export const deleteUser = (id: string) => apiFetch<void>(consoleV1(`/users/${encodeURIComponent(id)}`), { method: 'DELETE' });

export function useDeleteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: (_, id) => {
      useActingUser.getState().forget(userScope(currentProjectId()), id);
      return qc.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
