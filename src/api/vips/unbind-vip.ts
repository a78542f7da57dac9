import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { apiFetch, v1 } from '../client';
import { updatePortPairs } from '../ports/set-source-dest-check';
import { invalidateBinding } from './invalidate-binding';

/** Removes one NIC's pair from the VIP port, keeping the others. The NIC's check is left as it is. */
export async function unbindVip(vipId: string, ip: string): Promise<Port> {
  const vip = await apiFetch<{ port: Port }>(v1(`/ports/${vipId}`)).then((b) => b.port);
  return updatePortPairs(
    vipId,
    vip.allowed_address_pairs.filter((p) => p.ip_address !== ip),
  );
}

export function useUnbindVip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ vipId, ip }: { vipId: string; ip: string }) => unbindVip(vipId, ip),
    onSettled: () => invalidateBinding(qc),
  });
}
