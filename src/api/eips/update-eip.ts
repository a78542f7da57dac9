import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicIp, UpdatePublicIpRequest } from '../../contract';
import { apiFetch, v1 } from '../client';
import { serverKeys } from '../servers/keys';
import { vipKeys } from '../vips/keys';
import { eipKeys } from './keys';

/** Binds the EIP to a port (a VIP) or, with `null`, unbinds it. */
export const setEipPort = (eipId: string, portId: string | null) =>
  apiFetch<{ publicip: PublicIp }>(v1(`/publicips/${eipId}`), {
    method: 'PUT',
    body: { publicip: { port_id: portId ?? '' } } satisfies UpdatePublicIpRequest,
  }).then((b) => b.publicip);

/** An EIP's binding shows on the EIP, on the VIP it serves and in the servers list. */
export function useSetEipPort() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ eipId, portId }: { eipId: string; portId: string | null }) => setEipPort(eipId, portId),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: eipKeys.all }),
        qc.invalidateQueries({ queryKey: vipKeys.all }),
        qc.invalidateQueries({ queryKey: serverKeys.lists() }),
      ]),
  });
}
