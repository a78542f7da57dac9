import { currentProjectId } from './project-store';

/**
 * One key factory per resource: `all`, `lists()`, `list(filters)`, `details()`, `detail(id)`. Every key
 * starts with the current project, so one project's answers are never shown in another (and a
 * project switch needs no cache clearing to be right). Keys are made when asked for: hold on to
 * none across a project switch.
 */
export function createKeys<const R extends string>(resource: R) {
  return {
    get all() {
      return [currentProjectId(), resource] as const;
    },
    lists: () => [currentProjectId(), resource, 'list'] as const,
    list: <F extends object>(filters: F) => [currentProjectId(), resource, 'list', filters] as const,
    details: () => [currentProjectId(), resource, 'detail'] as const,
    detail: (id: string) => [currentProjectId(), resource, 'detail', id] as const,
  };
}
