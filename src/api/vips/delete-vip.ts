import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { portKeys } from '../ports/keys';
import { subnetKeys } from '../subnets/keys';
import { vipKeys } from './keys';

export const deleteVip = (vipId: string) => apiFetch<void>(v1(`/ports/${vipId}`), { method: 'DELETE' });

/** Releasing a VIP frees its address in the subnet. */
export function useDeleteVip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ vipId }: { vipId: string; networkId: string }) => deleteVip(vipId),
    onSuccess: (_d, { vipId, networkId }) => {
      qc.removeQueries({ queryKey: vipKeys.detail(vipId) });
      return Promise.all([
        qc.invalidateQueries({ queryKey: vipKeys.lists() }),
        qc.invalidateQueries({ queryKey: portKeys.lists() }),
        qc.invalidateQueries({ queryKey: subnetKeys.privateIps(networkId) }),
      ]);
    },
  });
}
