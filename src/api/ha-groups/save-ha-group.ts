import { t } from '@lingui/core/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateHaGroupRequest, HaGroup, UpdateHaGroupRequest } from '../../contract';
import { decideGroupFields } from '../../domain';
import { apiFetch, apiFetchWithMeta, consoleV1, isNotFound } from '../client';
import { deleteIfUnchanged, readModifyWrite, type VersionedResource } from '../read-modify-write';
import { haGroupKeys } from './keys';

export type { HaGroup };
export type HaGroupFields = CreateHaGroupRequest['ha_group'];
export type HaGroupChange = UpdateHaGroupRequest['ha_group'];

export const createHaGroup = (fields: HaGroupFields) =>
  apiFetch<{ ha_group: HaGroup }>(consoleV1('/ha-groups'), { method: 'POST', body: { ha_group: fields } satisfies CreateHaGroupRequest }).then(
    (b) => b.ha_group,
  );

export const readHaGroup = (id: string) =>
  apiFetchWithMeta<{ ha_group: HaGroup }>(consoleV1(`/ha-groups/${id}`)).then(({ body, etag }) => ({ body: body.ha_group, etag }));

export const updateHaGroup = (id: string, fields: HaGroupChange, ifMatch?: string | null) =>
  apiFetch<{ ha_group: HaGroup }>(consoleV1(`/ha-groups/${id}`), { method: 'PUT', ifMatch, body: { ha_group: fields } satisfies UpdateHaGroupRequest }).then(
    (b) => b.ha_group,
  );

/** A group's fields, read with its ETag and written with `If-Match`. */
export const haGroupResource = (id: string): VersionedResource<HaGroup, HaGroupChange> => ({
  read: () => readHaGroup(id),
  write: (fields, etag) => updateHaGroup(id, fields, etag),
  describeChange: (before) => {
    const name = before.name;
    return t`HA group ${name} changed in another tab`;
  },
});

/**
 * Changes some fields of a group by a read-modify-write with `If-Match`. `change` may derive the new
 * fields from the group as it is now (e.g. add a line to its `apply_log`).
 */
export const editHaGroup = (id: string, change: HaGroupChange | ((group: HaGroup) => HaGroupChange)) =>
  readModifyWrite(haGroupResource(id), (group) => decideGroupFields(group, typeof change === 'function' ? change(group) : change));

/** Deletes a group with `If-Match` on the revision just read; false when it was gone already. */
export const deleteHaGroup = (id: string) =>
  deleteIfUnchanged(t`HA group ${id}`, () => readHaGroup(id), (etag) => apiFetch<void>(consoleV1(`/ha-groups/${id}`), { method: 'DELETE', ifMatch: etag }));

/** Reads a group; null when it does not exist (any more). */
export async function findHaGroup(id: string): Promise<HaGroup | null> {
  try {
    return (await readHaGroup(id)).body;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

export function useUpdateHaGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: HaGroupChange }) => editHaGroup(id, fields).then((r) => r.after),
    onSettled: () => qc.invalidateQueries({ queryKey: haGroupKeys.all }),
  });
}
