import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { serverKeys } from '../servers/keys';
import { editPortPairs } from './edit-port-pairs';
import { portKeys } from './keys';

/**
 * Turns a NIC's source/destination check on or off: reads the port with its ETag, keeps its other
 * pairs, adds or removes the sentinel (domain `decidePairs`), and writes with `If-Match`.
 */
export async function setSourceDestCheck(portId: string, on: boolean): Promise<Port> {
  return (await editPortPairs(portId, { kind: 'check', on })).after;
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
