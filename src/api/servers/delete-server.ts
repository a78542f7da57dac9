import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeleteServersRequest } from '../../contract';
import { apiFetch, v1 } from '../client';
import { haGroupKeys } from '../ha-groups/keys';
import { portKeys } from '../ports/keys';
import { subnetKeys } from '../subnets/keys';
import { vipKeys } from '../vips/keys';
import { serverKeys } from './keys';
import { waitForJob } from './wait-for-job';

export async function deleteServer(serverId: string): Promise<void> {
  const job = await apiFetch<{ job_id: string }>(v1('/cloudservers/delete'), {
    method: 'POST',
    body: { servers: [{ id: serverId }] } satisfies DeleteServersRequest,
  });
  await waitForJob(job.job_id);
}

/** Deleting a server frees its NICs' addresses, may drop pairs naming them from VIPs, and removes it from its HA groups. */
export function useDeleteServer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteServer,
    onSuccess: (_d, serverId) => {
      qc.removeQueries({ queryKey: serverKeys.detail(serverId) });
      return Promise.all([
        qc.invalidateQueries({ queryKey: serverKeys.lists() }),
        qc.invalidateQueries({ queryKey: portKeys.all }),
        qc.invalidateQueries({ queryKey: vipKeys.all }),
        qc.invalidateQueries({ queryKey: subnetKeys.details() }),
        qc.invalidateQueries({ queryKey: haGroupKeys.all }),
      ]);
    },
  });
}
