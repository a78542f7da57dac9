import type { ProjectFile } from '../../contract';
import { apiFetch } from '../client';

/** The whole project as one versioned file (`GET /console/v1/{project_id}/export`). */
export const exportProjectFile = (projectId: string, signal?: AbortSignal) =>
  apiFetch<ProjectFile>(`/console/v1/${encodeURIComponent(projectId)}/export`, { signal });

/** `vip-console-<project>-<yyyy-mm-dd>.json`, the day in UTC. */
export function projectFileName(projectId: string, at: Date = new Date()): string {
  return `vip-console-${projectId}-${at.toISOString().slice(0, 10)}.json`;
}

/** Whether a project holds nothing an import would refuse over: no VPC (so no subnet, port or server) and no EIP. */
export async function isProjectEmpty(projectId: string): Promise<boolean> {
  const base = `/v1/${encodeURIComponent(projectId)}`;
  const [vpcs, eips] = await Promise.all([
    apiFetch<{ vpcs: unknown[] }>(`${base}/vpcs`, { query: { limit: 1 } }),
    apiFetch<{ publicips: unknown[] }>(`${base}/publicips`, { query: { limit: 1 } }),
  ]);
  return vpcs.vpcs.length === 0 && eips.publicips.length === 0;
}
