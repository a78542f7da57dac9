import { createHaGroupRequest, updateHaGroupRequest, type CreateHaGroupRequest, type HaGroup, type UpdateHaGroupRequest } from '../../contract';
import { checkName, codes } from '../../domain';
import { ApiError, backendCodes, badRequest, refuse } from '../errors';
import { nowIso, randomId } from '../ids';
import { haGroupView, isVip } from '../model';
import { route, type Route } from '../router';
import type { HaGroupRecord, Tx } from '../store';
import { mustEip, mustPort, mustServer, noContent, ok } from './common';
import { checkIfMatch, withEtag } from './revision';
import { anyOf, listRecords } from './list';

const base = '/console/v1/:project/ha-groups';
type Fields = CreateHaGroupRequest['ha_group'];

const VRRP_ROLES = new Set(['active', 'standby', 'director']);
const ROLES_OF_MODE = { ha: ['active', 'standby'], 'lvs-dr': ['director', 'backend'] } as const;

/**
 * The console's HA-group extension, checked as a whole: name, the VIP, each member's NIC (a NIC of that
 * server in the VIP's subnet; once the group is "complete", VRRP members -- active, standby, director --
 * must be bound to the VIP and the roles be whole: one active and a standby, or two directors and two
 * real servers; an "incomplete" group is the wizard's work in progress and may lack the bindings),
 * distinct VRRP priorities, and a `virtual_router_id` no other group of the subnet uses (the request schema
 * checks each number's range with the domain's rules). `fieldBase` starts each refusal's field (`ha_group`, or
 * `ha_groups[2]` for an imported file).
 */
export async function validateHaGroup(tx: Tx, project: string, g: Fields, selfId: string | null, fieldBase = 'ha_group'): Promise<{ network_id: string }> {
  refuse(checkName(g.name, `${fieldBase}.name`));
  const vip = await mustPort(tx, project, g.vip_port_id);
  if (!isVip(vip)) throw new ApiError(codes.invalidPort, `${fieldBase}.vip_port_id: port ${vip.id} is not a virtual IP.`, 400, `${fieldBase}.vip_port_id`);
  if (g.eip_id) await mustEip(tx, project, g.eip_id);
  const bound = new Set(vip.allowed_address_pairs.map((p) => p.ip_address));
  // While the wizard applies its steps the group is saved first, incomplete: its members are bound after.
  const complete = (g.status ?? 'incomplete') === 'complete';
  const servers = new Set<string>();
  const priorities = new Map<number, string>();
  for (const [i, m] of g.members.entries()) {
    const field = `${fieldBase}.members[${i}]`;
    if (!(ROLES_OF_MODE[g.mode] as readonly string[]).includes(m.role)) {
      throw badRequest(`${field}.role: a ${g.mode} group has ${ROLES_OF_MODE[g.mode].join(' and ')} members, not ${m.role}.`, `${field}.role`);
    }
    const server = await mustServer(tx, project, m.server_id);
    if (servers.has(server.id)) throw badRequest(`${field}: server ${server.name} is listed twice.`, `${field}.server_id`);
    servers.add(server.id);
    const port = await mustPort(tx, project, m.port_id);
    if (port.device_id !== server.id) throw badRequest(`${field}.port_id: port ${port.id} is not a NIC of server ${server.name}.`, `${field}.port_id`);
    if (port.network_id !== vip.network_id) {
      throw badRequest(`${field}.port_id: ${server.name}'s NIC ${port.ip} is not in the virtual IP's subnet.`, `${field}.port_id`);
    }
    if (VRRP_ROLES.has(m.role)) {
      if (complete && !bound.has(port.ip)) {
        throw badRequest(
          `${field}: ${server.name} (${port.ip}) is not bound to virtual IP ${vip.ip}; bind it before marking the group complete.`,
          `${field}.port_id`,
        );
      }
      const clash = priorities.get(m.priority);
      if (clash) throw badRequest(`${field}.priority: ${server.name} and ${clash} both have priority ${m.priority}; give each node its own.`, `${field}.priority`);
      priorities.set(m.priority, server.name);
    }
  }
  const count = (role: string) => g.members.filter((m) => m.role === role).length;
  if (g.mode === 'ha' && count('active') > 1) {
    throw badRequest(`${fieldBase}.members: an HA group has one active member.`, `${fieldBase}.members`);
  }
  const active = g.members.find((m) => m.role === 'active');
  const outranking = active && g.members.find((m) => m.role === 'standby' && m.priority >= active.priority);
  if (active && outranking) {
    throw badRequest(
      `${fieldBase}.members: a standby (priority ${outranking.priority}) must rank below the active member (priority ${active.priority}); give the active member the highest priority.`,
      `${fieldBase}.members`,
    );
  }
  if (complete && g.mode === 'ha' && (count('active') !== 1 || count('standby') < 1)) {
    throw badRequest(`${fieldBase}.members: a complete HA group has one active and at least one standby member.`, `${fieldBase}.members`);
  }
  if (complete && g.mode === 'lvs-dr' && (count('director') !== 2 || count('backend') < 2)) {
    throw badRequest(`${fieldBase}.members: a complete LVS-DR group has two directors and at least two real servers.`, `${fieldBase}.members`);
  }
  const others = (await tx.all('ha_groups', 'by_vrid', [project, vip.network_id, g.virtual_router_id])).filter((o) => o.id !== selfId);
  if (others.length > 0) {
    throw new ApiError(
      backendCodes.haConflict,
      `${fieldBase}.virtual_router_id: group ${others[0].name} already uses virtual router ID ${g.virtual_router_id} in this subnet; choose another.`,
      409,
      `${fieldBase}.virtual_router_id`,
    );
  }
  return { network_id: vip.network_id };
}

async function mustGroup(tx: Tx, project: string, id: string): Promise<HaGroupRecord> {
  const group = await tx.getOwned('ha_groups', project, id);
  if (!group) throw new ApiError(backendCodes.haGroupNotFound, `HA group ${id} does not exist in this project.`, 404);
  return group;
}

function fieldsOf(group: HaGroup): Fields {
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = group;
  return rest;
}

export const haGroupRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: base,
    run: ({ store, project, query }) =>
      store.read(async (tx) => {
        const vipIds = query.getAll('vip_port_id');
        const groups = await listRecords<HaGroupRecord>(tx, 'ha_groups', project, query, {
          filterKeys: ['vip_port_id', 'id'],
          load: vipIds.length === 1 ? () => tx.all('ha_groups', 'by_vip', [project, vipIds[0]]) : undefined,
          filter: (g) => anyOf(query, 'vip_port_id', g.vip_port_id) && anyOf(query, 'id', g.id),
          createdOf: (g) => g.created_at,
        });
        return ok({ ha_groups: groups.map(haGroupView) });
      }),
  }),
  route<CreateHaGroupRequest>({
    method: 'POST',
    pattern: base,
    schema: createHaGroupRequest,
    run: ({ store, project, body }) =>
      store.write(async (tx) => {
        const g = body.ha_group;
        const { network_id } = await validateHaGroup(tx, project, g, null);
        const now = nowIso();
        const record: HaGroupRecord = {
          ...g,
          advert_int: g.advert_int ?? 1,
          preempt: g.preempt ?? true,
          status: g.status ?? 'incomplete',
          id: randomId('ha-group'),
          created_at: now,
          updated_at: now,
          project_id: project,
          network_id,
        };
        await tx.put('ha_groups', record);
        return withEtag(ok({ ha_group: haGroupView(record) }), record);
      }),
  }),
  route({
    method: 'GET',
    pattern: `${base}/:id`,
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const group = await mustGroup(tx, project, params.id);
        return withEtag(ok({ ha_group: haGroupView(group) }), group);
      }),
  }),
  route<UpdateHaGroupRequest>({
    method: 'PUT',
    pattern: `${base}/:id`,
    schema: updateHaGroupRequest,
    run: ({ req, store, project, params, body }) =>
      store.write(async (tx) => {
        const group = await mustGroup(tx, project, params.id);
        checkIfMatch(req, group, `HA group ${group.name}`);
        const merged = { ...fieldsOf(haGroupView(group)), ...stripUndefined(body.ha_group) } as Fields;
        const { network_id } = await validateHaGroup(tx, project, merged, group.id);
        const record: HaGroupRecord = { ...group, ...merged, network_id, updated_at: nowIso() };
        await tx.put('ha_groups', record);
        return withEtag(ok({ ha_group: haGroupView(record) }), record);
      }),
  }),
  route({
    method: 'DELETE',
    pattern: `${base}/:id`,
    run: ({ req, store, project, params }) =>
      store.write(async (tx) => {
        const group = await mustGroup(tx, project, params.id);
        checkIfMatch(req, group, `HA group ${group.name}`);
        await tx.delete('ha_groups', group.id);
        return noContent();
      }),
  }),
];

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
