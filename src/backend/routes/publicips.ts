import { createPublicIpRequest, updatePublicIpRequest, type CreatePublicIpRequest, type UpdatePublicIpRequest } from '../../contract';
import { checkEipBinding, codes, formatIpv4, parseIpv4 } from '../../domain';
import { ApiError, refuse } from '../errors';
import { nowIso, randomId, stableId } from '../ids';
import { eipView } from '../model';
import { route, type Route } from '../router';
import type { PublicIpRecord, Tx } from '../store';
import { describePort, mustEip, mustPort, noContent, ok } from './common';
import { checkIfMatch, withEtag } from './revision';
import { anyOf, listRecords } from './list';

/**
 * EIPs come from the three documentation ranges of RFC 5737 (192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24: never routed on the Internet), hosts .1 to .254: 762 addresses per project. Each
 * project starts at its own offset (a hash of its id), so its first EIP is always the same address.
 */
const POOL_BASES = ['192.0.2.0', '198.51.100.0', '203.0.113.0'].map((b) => parseIpv4(b)!);
const POOL_SIZE = POOL_BASES.length * 254;

function poolAddress(i: number): string {
  const n = i % POOL_SIZE;
  return formatIpv4(POOL_BASES[Math.floor(n / 254)] + (n % 254) + 1);
}

function projectOffset(project: string): number {
  return parseInt(stableId(`eip-pool:${project}`).slice(0, 8), 16) % POOL_SIZE;
}

export async function allocatePublicIp(tx: Tx, project: string): Promise<string> {
  const taken = new Set((await tx.ofProject('publicips', project)).map((e) => e.public_ip_address));
  const start = projectOffset(project);
  for (let i = 0; i < POOL_SIZE; i++) {
    const ip = poolAddress(start + i);
    if (!taken.has(ip)) return ip;
  }
  throw new ApiError(codes.quotaExceeded, `All ${POOL_SIZE} EIP addresses of this project are in use; release an EIP first.`, 409);
}

export function newEipRecord(project: string, id: string, ip: string, b: CreatePublicIpRequest, now: string, bandwidthId: string): PublicIpRecord {
  return {
    id,
    alias: b.publicip.alias ?? '',
    type: b.publicip.type,
    public_ip_address: ip,
    ip_version: 4,
    status: 'DOWN',
    bandwidth_id: bandwidthId,
    bandwidth_name: b.bandwidth.name,
    bandwidth_size: b.bandwidth.size,
    bandwidth_share_type: b.bandwidth.share_type,
    tenant_id: project,
    create_time: now,
    project_id: project,
  };
}

function unbound(eip: PublicIpRecord): PublicIpRecord {
  const copy = { ...eip, status: 'DOWN' as const };
  delete copy.port_id;
  delete copy.private_ip_address;
  return copy;
}

/** `port_id` set: bind (one EIP per port, an EIP bound elsewhere must be unbound first); "" or null: unbind. */
async function updateEip(tx: Tx, project: string, id: string, body: UpdatePublicIpRequest): Promise<PublicIpRecord> {
  const eip = await mustEip(tx, project, id);
  const { port_id: portId, alias } = body.publicip;
  let updated: PublicIpRecord = { ...eip, alias: alias ?? eip.alias };
  if (portId === '' || portId === null) updated = unbound(updated);
  else if (portId !== undefined) {
    const port = await mustPort(tx, project, portId);
    const onTarget = (await tx.all('publicips', 'by_port', [project, port.id]))[0] ?? null;
    refuse(checkEipBinding(eip, port.id, onTarget));
    updated = { ...updated, port_id: port.id, private_ip_address: port.ip, status: 'ACTIVE' };
  }
  await tx.put('publicips', updated);
  return updated;
}

export const publicIpRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/v1/:project/publicips',
    run: ({ store, project, query }) =>
      store.read(async (tx) => {
        const portIds = query.getAll('port_id');
        const eips = await listRecords<PublicIpRecord & { name: string }>(tx, 'publicips', project, query, {
          filterKeys: ['id', 'port_id', 'public_ip_address', 'status'],
          load:
            portIds.length === 1
              ? async () => (await tx.all('publicips', 'by_port', [project, portIds[0]])).map((e) => ({ ...e, name: e.alias }))
              : async () => (await tx.ofProject('publicips', project)).map((e) => ({ ...e, name: e.alias })),
          filter: (e) =>
            anyOf(query, 'id', e.id) &&
            anyOf(query, 'port_id', e.port_id ?? '') &&
            anyOf(query, 'public_ip_address', e.public_ip_address) &&
            anyOf(query, 'status', e.status),
          createdOf: (e) => e.create_time,
        });
        return ok({ publicips: eips.map(({ name: _n, ...e }) => eipView(e)) });
      }),
  }),
  route<CreatePublicIpRequest>({
    method: 'POST',
    pattern: '/v1/:project/publicips',
    schema: createPublicIpRequest,
    run: ({ store, project, body }) =>
      store.write(async (tx) => {
        const eip = newEipRecord(project, randomId('eip'), await allocatePublicIp(tx, project), body, nowIso(), randomId('bandwidth'));
        await tx.put('publicips', eip);
        return withEtag(ok({ publicip: eipView(eip) }), eip);
      }),
  }),
  route({
    method: 'GET',
    pattern: '/v1/:project/publicips/:id',
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const eip = await mustEip(tx, project, params.id);
        return withEtag(ok({ publicip: eipView(eip) }), eip);
      }),
  }),
  route<UpdatePublicIpRequest>({
    method: 'PUT',
    pattern: '/v1/:project/publicips/:id',
    schema: updatePublicIpRequest,
    run: ({ req, store, project, params, body }) =>
      store.write(async (tx) => {
        const current = await mustEip(tx, project, params.id);
        checkIfMatch(req, current, `EIP ${current.public_ip_address}`);
        const eip = await updateEip(tx, project, params.id, body);
        return withEtag(ok({ publicip: eipView(eip) }), eip);
      }),
  }),
  route({
    method: 'DELETE',
    pattern: '/v1/:project/publicips/:id',
    run: ({ req, store, project, params }) =>
      store.write(async (tx) => {
        const eip = await mustEip(tx, project, params.id);
        checkIfMatch(req, eip, `EIP ${eip.public_ip_address}`);
        if (eip.port_id) {
          const port = await tx.getOwned('ports', project, eip.port_id);
          const where = port ? await describePort(tx, port) : `port ${eip.port_id}`;
          throw new ApiError(codes.eipInUse, `EIP ${eip.public_ip_address} is bound to ${where}; unbind it before releasing it.`, 409);
        }
        await tx.delete('publicips', eip.id);
        await forgetEipInGroups(tx, project, eip.id);
        return noContent();
      }),
  }),
];

/**
 * Releasing an EIP that an HA group records as its Internet access (`eip_id`) drops that record from the
 * group in the same transaction, rather than refusing. The release is refused anyway while the EIP is
 * bound (to the group's VIP or elsewhere), so the group's record names an address the network no longer
 * gives it; the group is the console's own notes, and a user who released the address expects it gone
 * everywhere, as server deletion takes a server out of its groups. A refusal would also stop the HA
 * wizard's Undo, which releases the EIP it bought before it deletes the group.
 */
async function forgetEipInGroups(tx: Tx, project: string, eipId: string): Promise<void> {
  for (const group of await tx.ofProject('ha_groups', project)) {
    if (group.eip_id !== eipId) continue;
    const { eip_id: _released, ...rest } = group;
    await tx.put('ha_groups', { ...rest, updated_at: nowIso() });
  }
}

/** Used by server deletion: every EIP on the port becomes unbound. */
export async function unbindEipsOf(tx: Tx, project: string, portId: string): Promise<void> {
  for (const eip of await tx.all('publicips', 'by_port', [project, portId])) await tx.put('publicips', unbound(eip));
}
