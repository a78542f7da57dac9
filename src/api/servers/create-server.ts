import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateServersRequest } from '../../contract';
import { apiFetch, v1 } from '../client';
import { portKeys } from '../ports/keys';
import { subnetKeys } from '../subnets/keys';
import { serverKeys } from './keys';
import { waitForJob } from './wait-for-job';

export type CreateServerInput = CreateServersRequest['server'];

export async function createServer(input: CreateServerInput): Promise<string[]> {
  const body = await apiFetch<{ job_id: string; serverIds?: string[] }>(v1('/cloudservers'), {
    method: 'POST',
    body: { server: input } satisfies CreateServersRequest,
  });
  await waitForJob(body.job_id);
  return body.serverIds ?? [];
}

/** A new server adds NIC ports, so it changes its subnets' used addresses too. */
export function useCreateServer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createServer,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: serverKeys.lists() }),
        qc.invalidateQueries({ queryKey: portKeys.lists() }),
        qc.invalidateQueries({ queryKey: subnetKeys.details() }),
      ]),
  });
}
