import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { deleteIfUnchanged } from '../read-modify-write';
import { eipPortResource } from './update-eip';
import { eipKeys } from './keys';

export const deleteEip = (eipId: string, ifMatch?: string | null) => apiFetch<void>(v1(`/publicips/${eipId}`), { method: 'DELETE', ifMatch });

/** Releases an EIP with `If-Match` on the revision just read; false when it was gone already. */
export const releaseEipIfUnchanged = (eipId: string) => deleteIfUnchanged(`EIP ${eipId}`, eipPortResource(eipId).read, (etag) => deleteEip(eipId, etag));

export function useDeleteEip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (eipId: string) => deleteEip(eipId),
    onSuccess: (_d, eipId) => {
      qc.removeQueries({ queryKey: eipKeys.detail(eipId) });
      return qc.invalidateQueries({ queryKey: eipKeys.lists() });
    },
  });
}
