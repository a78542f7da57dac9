import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { eipKeys } from './keys';

export const deleteEip = (eipId: string) => apiFetch<void>(v1(`/publicips/${eipId}`), { method: 'DELETE' });

export function useDeleteEip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteEip,
    onSuccess: (_d, eipId) => {
      qc.removeQueries({ queryKey: eipKeys.detail(eipId) });
      return qc.invalidateQueries({ queryKey: eipKeys.lists() });
    },
  });
}
