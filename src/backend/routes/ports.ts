import { VIP_DEVICE_OWNER, createPortRequest, updatePortRequest, type CreatePortRequest, type UpdatePortRequest } from '../../contract';
import { codes } from '../../domain';
import { ApiError } from '../errors';
import { markGroupsOutOfStep } from '../ha-group-sync';
import { macAddress, nowIso, randomId } from '../ids';
import { isNic, isVip, neutronPortView, pairKeysOf, portRecord, portView } from '../model';
import { route, type Route, type RouteContext } from '../router';
import type { PortRecord, Tx } from '../store';
import { describePort, mustPort, mustSubnet, noContent, ok, plural } from './common';
import { checkIfMatch, withEtag } from './revision';
import { anyOf, listRecords } from './list';
import { IpAllocator, checkPairs } from './port-rules';

const FILTERS = ['id', 'network_id', 'device_id', 'device_owner', 'status', 'mac_address', 'fixed_ips'] as const;

/** `fixed_ips=ip_address=X` and `fixed_ips=subnet_id=Y`, each may repeat (OR within a kind, AND across kinds). */
function fixedIpFilter(query: URLSearchParams): (p: PortRecord) => boolean {
  const ips: string[] = [];
  const subnets: string[] = [];
  for (const raw of query.getAll('fixed_ips')) {
    const [key, ...rest] = raw.split('=');
    const value = rest.join('=');
    if (key === 'ip_address') ips.push(value);
    else if (key === 'subnet_id') subnets.push(value);
    else throw new ApiError(codes.badParameter, `fixed_ips: use fixed_ips=ip_address=<ip> or fixed_ips=subnet_id=<id>; got "${raw}".`, 400, 'fixed_ips');
  }
  return (p) =>
    (ips.length === 0 || p.fixed_ips.some((f) => ips.includes(f.ip_address))) &&
    (subnets.length === 0 || p.fixed_ips.some((f) => subnets.includes(f.subnet_id)));
}

async function listPorts(tx: Tx, project: string, query: URLSearchParams): Promise<PortRecord[]> {
  const byFixed = fixedIpFilter(query);
  const network = query.getAll('network_id');
  const device = query.getAll('device_id');
  const ipValues = query.getAll('fixed_ips').filter((v) => v.startsWith('ip_address='));
  const owner = query.getAll('device_owner');
  // Pick the narrowest index the filters allow; the filter below re-checks everything.
  let load: (() => Promise<PortRecord[]>) | undefined;
  if (network.length === 1) load = () => tx.all('ports', 'by_network', [project, network[0]]);
  else if (device.length === 1) load = () => tx.all('ports', 'by_device', [project, device[0]]);
  else if (ipValues.length === 1) load = () => tx.all('ports', 'by_project_ip', [project, ipValues[0].slice('ip_address='.length)]);
  else if (owner.length === 1) load = () => tx.all('ports', 'by_owner', [project, owner[0]]);
  return listRecords<PortRecord>(tx, 'ports', project, query, {
    filterKeys: FILTERS,
    load,
    filter: (p) =>
      anyOf(query, 'id', p.id) &&
      anyOf(query, 'network_id', p.network_id) &&
      anyOf(query, 'device_id', p.device_id) &&
      anyOf(query, 'device_owner', p.device_owner) &&
      anyOf(query, 'status', p.status) &&
      anyOf(query, 'mac_address', p.mac_address) &&
      byFixed(p),
    createdOf: (p) => p.created_at,
    ipOf: (p) => p.ip,
  });
}

async function createPort(tx: Tx, project: string, body: CreatePortRequest): Promise<PortRecord> {
  const b = body.port;
  const owner = b.device_owner ?? '';
  if (owner !== '' && owner !== VIP_DEVICE_OWNER) {
    throw new ApiError(
      codes.invalidPort,
      `port.device_owner: "${owner}" cannot be set here. Use "${VIP_DEVICE_OWNER}" for a virtual IP, or leave it out; server NICs are made by creating the server.`,
      400,
      'port.device_owner',
    );
  }
  const subnet = await mustSubnet(tx, project, b.network_id);
  const fixed = b.fixed_ips?.[0];
  if (fixed?.subnet_id !== undefined && fixed.subnet_id !== subnet.neutron_subnet_id && fixed.subnet_id !== subnet.id) {
    throw new ApiError(
      codes.invalidPort,
      `port.fixed_ips[0].subnet_id: ${fixed.subnet_id} is not the subnet of network ${subnet.id} (its neutron_subnet_id is ${subnet.neutron_subnet_id}).`,
      400,
      'port.fixed_ips[0].subnet_id',
    );
  }
  const ip = await new IpAllocator(tx, project).take(subnet, fixed?.ip_address, 'port.fixed_ips[0].ip_address');
  const now = nowIso();
  const port = portRecord({
    project,
    id: randomId('port'),
    name: b.name ?? '',
    subnet,
    ip,
    mac: macAddress(),
    device_id: '',
    device_owner: owner,
    status: 'DOWN',
    security_groups: b.security_groups,
    created: now,
  });
  const pairs = b.allowed_address_pairs ?? [];
  await checkPairs(tx, project, port, pairs, 'port.allowed_address_pairs');
  port.allowed_address_pairs = pairs;
  port.pair_keys = pairKeysOf(project, port);
  await tx.put('ports', port);
  return port;
}

async function updatePort(tx: Tx, project: string, id: string, body: UpdatePortRequest): Promise<PortRecord> {
  const port = await mustPort(tx, project, id);
  const b = body.port;
  if (b.allowed_address_pairs !== undefined) await checkPairs(tx, project, port, b.allowed_address_pairs, 'port.allowed_address_pairs');
  const updated: PortRecord = {
    ...port,
    name: b.name ?? port.name,
    security_groups: b.security_groups ?? port.security_groups,
    allowed_address_pairs: b.allowed_address_pairs ?? port.allowed_address_pairs,
    updated_at: nowIso(),
  };
  updated.pair_keys = pairKeysOf(project, updated);
  await tx.put('ports', updated);
  if (isVip(updated) && b.allowed_address_pairs !== undefined) await markGroupsOutOfStep(tx, project, updated);
  return updated;
}

/**
 * A server NIC goes with its server; a VIP only once unbound and without an EIP. HA groups (the
 * console's extension) built on a deleted VIP are deleted with it, so no group points at nothing.
 */
async function deletePort(tx: Tx, project: string, id: string): Promise<void> {
  const port = await mustPort(tx, project, id);
  if (isNic(port)) {
    const server = await tx.get('servers', port.device_id);
    throw new ApiError(
      codes.portInUse,
      `Port ${port.id} is a NIC of server ${server?.name ?? port.device_id}; delete the server to remove it.`,
      409,
    );
  }
  if (isVip(port) && port.allowed_address_pairs.length > 0) {
    throw new ApiError(
      codes.portInUse,
      `Virtual IP ${port.ip} is bound to ${plural(port.allowed_address_pairs.length, 'NIC')} (${port.allowed_address_pairs.map((p) => p.ip_address).join(', ')}); unbind it first.`,
      409,
    );
  }
  const eip = (await tx.all('publicips', 'by_port', [project, port.id]))[0];
  if (eip) {
    throw new ApiError(codes.portInUse, `EIP ${eip.public_ip_address} is bound to ${await describePort(tx, port)}; unbind the EIP first.`, 409);
  }
  for (const group of await tx.all('ha_groups', 'by_vip', [project, port.id])) await tx.delete('ha_groups', group.id);
  await tx.delete('ports', port.id);
}

type View = (p: PortRecord) => unknown;

function portRoutes(base: string, view: View, createdStatus: number): Route[] {
  return [
    route({
      method: 'GET',
      pattern: base,
      run: ({ store, project, query }) => store.read(async (tx) => ok({ ports: (await listPorts(tx, project, query)).map(view) })),
    }),
    route<CreatePortRequest>({
      method: 'POST',
      pattern: base,
      schema: createPortRequest,
      run: ({ store, project, body }: RouteContext<CreatePortRequest>) =>
        store.write(async (tx) => {
          const port = await createPort(tx, project, body);
          return withEtag(ok({ port: view(port) }, createdStatus), port);
        }),
    }),
    route({
      method: 'GET',
      pattern: `${base}/:id`,
      run: ({ store, project, params }) =>
        store.read(async (tx) => {
          const port = await mustPort(tx, project, params.id);
          return withEtag(ok({ port: view(port) }), port);
        }),
    }),
    route<UpdatePortRequest>({
      method: 'PUT',
      pattern: `${base}/:id`,
      schema: updatePortRequest,
      run: ({ req, store, project, params, body }) =>
        store.write(async (tx) => {
          const current = await mustPort(tx, project, params.id);
          checkIfMatch(req, current, await describePort(tx, current));
          const port = await updatePort(tx, project, params.id, body);
          return withEtag(ok({ port: view(port) }), port);
        }),
    }),
    route({
      method: 'DELETE',
      pattern: `${base}/:id`,
      run: ({ req, store, project, params }) =>
        store.write(async (tx) => {
          const current = await mustPort(tx, project, params.id);
          checkIfMatch(req, current, await describePort(tx, current));
          await deletePort(tx, project, params.id);
          return noContent();
        }),
    }),
  ];
}

/** Huawei v1 ports (`/v1/{project_id}/ports`, POST answers 200) and Neutron's (`/v2.0/ports`, POST 201, with `project_id`). */
export const portRoutesAll: Route[] = [...portRoutes('/v1/:project/ports', portView, 200), ...portRoutes('/v2.0/ports', neutronPortView, 201)];
