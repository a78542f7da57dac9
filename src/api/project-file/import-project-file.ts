import { t } from '@lingui/core/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PROJECT_FILE_MAX_BYTES, type ImportResult, type Project } from '../../contract';
import { ApiError, apiFetch } from '../client';

/**
 * Reads a project file (an export's JSON) and imports it into `projectId`, which must be empty
 * (`POST /console/v1/{project_id}/import`). The current project's Import uses it; so can "create a new
 * project from a file": create the project, then call this with its id. A file over the import's 64 MiB
 * or that is not JSON is refused here, before it is sent; everything else is the backend's to judge.
 */
export async function importProjectFile(projectId: string, file: Blob): Promise<ImportResult> {
  const body = await readProjectFile(file);
  return apiFetch<ImportResult>(`/console/v1/${encodeURIComponent(projectId)}/import`, { method: 'POST', body });
}

/** The file's JSON, refused here (before sending) when it is too large or not JSON. */
export async function readProjectFile(file: Blob): Promise<unknown> {
  if (file.size > PROJECT_FILE_MAX_BYTES) {
    const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
    const size = mib(file.size);
    const most = mib(PROJECT_FILE_MAX_BYTES);
    throw new ApiError(413, 'APIGW.0201', t`The file is ${size} MiB; an import takes a project file of at most ${most} MiB.`);
  }
  const text = await file.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    const why = (err as Error).message;
    throw new ApiError(0, 'Console.NotJson', t`The file is not a project file: it is not JSON (${why}).`);
  }
  return body;
}

/** Imports a file into a project: every cached answer may be stale afterwards. */
export function useImportProjectFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, file }: { projectId: string; file: Blob }) => importProjectFile(projectId, file),
    onSuccess: () => qc.invalidateQueries(),
  });
}

/** What a new project made from a file answers: the project, and what was created in it. */
export type NewProjectFromFile = ImportResult & { project: Project };

/**
 * Makes a new project, named `name` in `region`, holding what the file holds: the project and its contents
 * are written together, so a refused file leaves no project behind.
 */
export async function createProjectFromFile(name: string, region: string, file: Blob, description?: string): Promise<NewProjectFromFile> {
  const body = await readProjectFile(file);
  return apiFetch<NewProjectFromFile>('/console/v1/projects/import', { method: 'POST', query: { name, region, description }, body });
}
