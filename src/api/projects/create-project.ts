import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProjectRequest, Project } from '../../contract';
import { apiFetch } from '../client';
import { projectKeys } from './keys';

export const createProject = (project: CreateProjectRequest['project']) =>
  apiFetch<{ project: Project }>('/v3/projects', { method: 'POST', body: { project } satisfies CreateProjectRequest }).then((b) => b.project);

export function useCreateProject() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createProject, onSuccess: () => qc.invalidateQueries({ queryKey: projectKeys.all }) });
}
