/** Projects are above any one project: their keys do not start with the current project. */
export const projectKeys = {
  all: ['projects'] as const,
  list: () => ['projects', 'list'] as const,
};
