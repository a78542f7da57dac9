/** One key factory per resource: `all`, `lists()`, `list(filters)`, `details()`, `detail(id)`. */
export function createKeys<const R extends string>(resource: R) {
  const keys = {
    all: [resource] as const,
    lists: () => [resource, 'list'] as const,
    list: <F extends object>(filters: F) => [resource, 'list', filters] as const,
    details: () => [resource, 'detail'] as const,
    detail: (id: string) => [resource, 'detail', id] as const,
  };
  return keys;
}
