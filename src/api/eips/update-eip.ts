import { t } from '@lingui/core/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicIp, UpdatePublicIpRequest } from '../../contract';
import { decideEipPort, eipChangeWording } from '../../domain';
import { stepWordingText } from '../step-text';
import { apiFetch, apiFetchWithMeta, v1 } from '../client';
import { readModifyWrite, type VersionedResource } from '../read-modify-write';
import { serverKeys } from '../servers/keys';
import { vipKeys } from '../vips/keys';
import { eipKeys } from './keys';

/** An EIP's binding (`port_id`), read with the EIP's ETag and written with `If-Match`. */
export const eipPortResource = (eipId: string): VersionedResource<PublicIp, string> => ({
  read: () => apiFetchWithMeta<{ publicip: PublicIp }>(v1(`/publicips/${eipId}`)).then(({ body, etag }) => ({ body: body.publicip, etag })),
  write: (portId, etag) =>
    apiFetch<{ publicip: PublicIp }>(v1(`/publicips/${eipId}`), {
      method: 'PUT',
      ifMatch: etag,
      body: { publicip: { port_id: portId } } satisfies UpdatePublicIpRequest,
    }).then((b) => b.publicip),
  describeChange: (before, after) => {
    const address = before.public_ip_address;
    return stepWordingText(eipChangeWording(t`EIP ${address}`, before, after));
  },
});

/**
 * Binds the EIP to a port (a VIP) or, with `null`, unbinds it, by a read-modify-write with `If-Match`.
 * An EIP that another tab bound elsewhere in the meantime is not taken over (domain `decideEipPort`).
 */
export const setEipPort = async (eipId: string, portId: string | null, from?: string) =>
  (await readModifyWrite(eipPortResource(eipId), (eip) => decideEipPort(eip, portId, from))).after;

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
