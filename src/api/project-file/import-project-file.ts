import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResult } from '../../contract';
import { ApiError, apiFetch } from '../client';

/**
 * Reads a project file (an export's JSON) and imports it into `projectId`, which must be empty
 * (`POST /console/v1/{project_id}/import`). The current project's Import uses it; so can "create a new
 * project from a file": create the project, then call this with its id. A file that is not JSON is refused
 * here (status 0, `Console.NotJson`); everything else is the backend's to judge.
 */
export async function importProjectFile(projectId: string, file: Blob): Promise<ImportResult> {
  const text = await file.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new ApiError(0, 'Console.NotJson', `The file is not a project file: it is not JSON (${(err as Error).message}).`);
  }
  return apiFetch<ImportResult>(`/console/v1/${encodeURIComponent(projectId)}/import`, { method: 'POST', body });
}

/** Imports a file into a project: every cached answer may be stale afterwards. */
export function useImportProjectFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, file }: { projectId: string; file: Blob }) => importProjectFile(projectId, file),
    onSuccess: () => qc.invalidateQueries(),
  });
}
