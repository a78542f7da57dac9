import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Port, UpdatePortRequest } from '../../contract';
import { CHECK_OFF_SENTINEL, pairsForCheck } from '../../domain';
import { apiFetch, v1 } from '../client';
import { serverKeys } from '../servers/keys';
import { fetchPort } from './get-port';
import { portKeys } from './keys';

export const updatePortPairs = (portId: string, pairs: Port['allowed_address_pairs']) =>
  apiFetch<{ port: Port }>(v1(`/ports/${portId}`), {
    method: 'PUT',
    body: { port: { allowed_address_pairs: pairs } } satisfies UpdatePortRequest,
  }).then((b) => b.port);

/**
 * Turns a NIC's source/destination check on or off: reads the port fresh, keeps its other pairs and
 * adds or removes the sentinel (domain `pairsForCheck`).
 */
export async function setSourceDestCheck(portId: string, on: boolean): Promise<Port> {
  const port = await fetchPort(portId);
  const others = port.allowed_address_pairs.filter((p) => p.ip_address !== CHECK_OFF_SENTINEL);
  return updatePortPairs(portId, [...others, ...pairsForCheck(on)]);
}

export function useSetSourceDestCheck() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ portId, on }: { portId: string; on: boolean; serverId?: string }) => setSourceDestCheck(portId, on),
    onSuccess: (port, { serverId }) => {
      qc.setQueryData(portKeys.detail(port.id), port);
      return Promise.all([
        qc.invalidateQueries({ queryKey: portKeys.lists() }),
        serverId ? qc.invalidateQueries({ queryKey: serverKeys.nics(serverId) }) : undefined,
      ]);
    },
  });
}
