import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePublicIpRequest, PublicIp } from '../../contract';
import { apiFetch, v1 } from '../client';
import { eipKeys } from './keys';

export interface CreateEipInput {
  name: string;
  bandwidthSize: number;
}

export const createEip = ({ name, bandwidthSize }: CreateEipInput) =>
  apiFetch<{ publicip: PublicIp }>(v1('/publicips'), {
    method: 'POST',
    body: {
      publicip: { type: '5_bgp', ip_version: 4, alias: name || undefined },
      bandwidth: { name: name || 'bandwidth', size: bandwidthSize, share_type: 'PER', charge_mode: 'bandwidth' },
    } satisfies CreatePublicIpRequest,
  }).then((b) => b.publicip);

export function useCreateEip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createEip,
    onSuccess: () => qc.invalidateQueries({ queryKey: eipKeys.lists() }),
  });
}
