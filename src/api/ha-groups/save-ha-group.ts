import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateHaGroupRequest, HaGroup, UpdateHaGroupRequest } from '../../contract';
import { apiFetch, consoleV1 } from '../client';
import { haGroupKeys } from './keys';

export type HaGroupFields = CreateHaGroupRequest['ha_group'];

export const createHaGroup = (fields: HaGroupFields) =>
  apiFetch<{ ha_group: HaGroup }>(consoleV1('/ha-groups'), { method: 'POST', body: { ha_group: fields } satisfies CreateHaGroupRequest }).then(
    (b) => b.ha_group,
  );

export const updateHaGroup = (id: string, fields: UpdateHaGroupRequest['ha_group']) =>
  apiFetch<{ ha_group: HaGroup }>(consoleV1(`/ha-groups/${id}`), { method: 'PUT', body: { ha_group: fields } satisfies UpdateHaGroupRequest }).then(
    (b) => b.ha_group,
  );

export const deleteHaGroup = (id: string) => apiFetch<void>(consoleV1(`/ha-groups/${id}`), { method: 'DELETE' });

/** Reads a group; null when it does not exist (any more). */
export async function findHaGroup(id: string): Promise<HaGroup | null> {
  try {
    return await apiFetch<{ ha_group: HaGroup }>(consoleV1(`/ha-groups/${id}`)).then((b) => b.ha_group);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

export function useUpdateHaGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: UpdateHaGroupRequest['ha_group'] }) => updateHaGroup(id, fields),
    onSettled: () => qc.invalidateQueries({ queryKey: haGroupKeys.all }),
  });
}
