import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '../../contract';
import { apiFetch } from '../client';
import { projectKeys } from './keys';

export const getProjectsQueryOptions = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    queryFn: ({ signal }) => apiFetch<{ projects: Project[] }>('/v3/projects', { signal }).then((b) => b.projects),
  });

/** Every project this backend holds (those the acting user may see). */
export const useProjects = () => useQuery(getProjectsQueryOptions());
