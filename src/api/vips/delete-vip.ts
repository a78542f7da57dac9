import { t } from '@lingui/core/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { portPairsResource } from '../ports/edit-port-pairs';
import { deleteIfUnchanged } from '../read-modify-write';
import { portKeys } from '../ports/keys';
import { subnetKeys } from '../subnets/keys';
import { vipKeys } from './keys';

export const deleteVip = (vipId: string, ifMatch?: string | null) => apiFetch<void>(v1(`/ports/${vipId}`), { method: 'DELETE', ifMatch });

/** Releases a VIP with `If-Match` on the revision just read; false when it was gone already. */
export const releaseVipIfUnchanged = (vipId: string) => deleteIfUnchanged(t`Virtual IP ${vipId}`, portPairsResource(vipId).read, (etag) => deleteVip(vipId, etag));

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
