import { t } from '@lingui/core/macro';
import type { Job } from '../../contract';
import { ApiError, apiFetch, v1 } from '../client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** ECS answers with a job; waits until it succeeds (or fails, with the job's reason). */
export async function waitForJob(jobId: string, { tries = 40, intervalMs = 250 } = {}): Promise<Job> {
  for (let i = 0; i < tries; i++) {
    const job = await apiFetch<Job>(v1(`/jobs/${jobId}`));
    if (job.status === 'SUCCESS') return job;
    if (job.status === 'FAIL') throw new ApiError(400, job.error_code ?? 'Ecs.Job', job.fail_reason ?? t`Job ${jobId} failed.`);
    await sleep(intervalMs);
  }
  throw new ApiError(504, 'Console.JobTimeout', t`Job ${jobId} did not finish in time; refresh the list to see its outcome.`);
}
