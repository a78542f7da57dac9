import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HaGroup } from '../../contract';
import { apiFetch, consoleV1 } from '../client';
import { haGroupKeys } from './keys';

/** Every HA group of the project (the extension lists them all at once). */
export const getAllHaGroupsQueryOptions = () =>
  queryOptions({
    queryKey: haGroupKeys.list({ all: true }),
    queryFn: ({ signal }) => apiFetch<{ ha_groups: HaGroup[] }>(consoleV1('/ha-groups'), { signal }).then((b) => b.ha_groups),
  });

export const useAllHaGroups = () => useQuery(getAllHaGroupsQueryOptions());

export const getHaGroupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: haGroupKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ ha_group: HaGroup }>(consoleV1(`/ha-groups/${id}`), { signal }).then((b) => b.ha_group),
    enabled: id !== '',
  });

export const useHaGroup = (id: string) => useQuery(getHaGroupQueryOptions(id));
