import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { vpcKeys } from './keys';

export const deleteVpc = (id: string) => apiFetch<void>(v1(`/vpcs/${id}`), { method: 'DELETE' });

export function useDeleteVpc() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteVpc,
    onSuccess: (_d, id) => {
      qc.removeQueries({ queryKey: vpcKeys.detail(id) });
      return qc.invalidateQueries({ queryKey: vpcKeys.lists() });
    },
  });
}
