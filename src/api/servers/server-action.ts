import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServerActionRequest } from '../../contract';
import { apiFetch, v1 } from '../client';
import { serverKeys } from './keys';
import { waitForJob } from './wait-for-job';

export type ServerAction = 'start' | 'stop';

export async function runServerAction(serverId: string, action: ServerAction): Promise<void> {
  const refs = { servers: [{ id: serverId }] };
  const body: ServerActionRequest = action === 'start' ? { 'os-start': refs } : { 'os-stop': refs };
  const job = await apiFetch<{ job_id: string }>(v1('/cloudservers/action'), { method: 'POST', body });
  await waitForJob(job.job_id);
}

export function useServerAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ serverId, action }: { serverId: string; action: ServerAction }) => runServerAction(serverId, action),
    onSuccess: (_d, { serverId }) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: serverKeys.lists() }),
        qc.invalidateQueries({ queryKey: serverKeys.detail(serverId), exact: true }),
      ]),
  });
}
