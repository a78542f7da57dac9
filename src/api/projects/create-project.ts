import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProjectRequest, Project } from '../../contract';
import { apiFetch } from '../client';
import { projectKeys } from './keys';

export const createProject = (project: CreateProjectRequest['project']) =>
  apiFetch<{ project: Project }>('/v3/projects', { method: 'POST', body: { project } satisfies CreateProjectRequest }).then((b) => b.project);

/** Creates a project (or, with `createWith`, makes one another way, e.g. from a file); the project list follows. */
export function useCreateProject(createWith: (project: CreateProjectRequest['project']) => Promise<Project> = createProject) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createWith, onSuccess: () => qc.invalidateQueries({ queryKey: projectKeys.all }) });
}
