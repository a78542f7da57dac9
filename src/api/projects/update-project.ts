import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, UpdateProjectRequest } from '../../contract';
import { apiFetch } from '../client';
import { projectKeys } from './keys';

export const updateProject = ({ id, ...project }: UpdateProjectRequest['project'] & { id: string }) =>
  apiFetch<{ project: Project }>(`/v3/projects/${encodeURIComponent(id)}`, { method: 'PATCH', body: { project } satisfies UpdateProjectRequest }).then((b) => b.project);

export function useUpdateProject() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateProject, onSuccess: () => qc.invalidateQueries({ queryKey: projectKeys.all }) });
}
