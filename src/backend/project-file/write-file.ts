import { PROJECT_FILE_KINDS, importRefusalMessage, type ProjectFile, type ProjectFileKind } from '../../contract';
import { codes } from '../../domain';
import { ApiError } from '../errors';
import { randomId } from '../ids';
import { isNic, pairKeysOf } from '../model';
import { validateHaGroup } from '../routes/ha-groups';
import { checkPairs } from '../routes/port-rules';
import type { HaGroupRecord, PortRecord, PublicIpRecord, ServerRecord, SubnetRecord, Tx, VpcRecord } from '../store';
import { Problems } from './problems';

/** How ids are taken over: `kept`, or `renewed` (every object a new id, every reference rewritten). */
type Rename = (kind: ProjectFileKind | 'neutron', id: string) => string;

const KEY_BATCH = 1000;

/** Whether any id of the file is a key in its store already (of any project: keys are global in one database). */
async function anyIdTaken(tx: Tx, file: ProjectFile): Promise<boolean> {
  for (const kind of PROJECT_FILE_KINDS) {
    const os = tx.raw.objectStore(kind);
    const ids = file[kind].map((o) => o.id);
    for (let i = 0; i < ids.length; i += KEY_BATCH) {
      const keys = await Promise.all(ids.slice(i, i + KEY_BATCH).map((id) => os.getKey(id)));
      if (keys.some((k) => k !== undefined)) return true;
    }
  }
  return false;
}

/** New ids for the file's, made on first use; `fileIdOf` goes back (a refusal names the file's ids). */
function renewer(): { rename: Rename; fileIdOf: Map<string, string> } {
  const maps = new Map<string, Map<string, string>>();
  const fileIdOf = new Map<string, string>();
  const rename: Rename = (kind, id) => {
    let map = maps.get(kind);
    if (!map) maps.set(kind, (map = new Map()));
    let renewed = map.get(id);
    if (!renewed) {
      map.set(id, (renewed = randomId(kind)));
      fileIdOf.set(renewed, id);
    }
    return renewed;
  };
  return { rename, fileIdOf };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** An id an HA group's plan or log names: a port's or an EIP's of the file, else left as it is. */
function anyOf(file: ProjectFile, rename: Rename): (id: string) => string {
  const ports = new Set(file.ports.map((p) => p.id));
  const eips = new Set(file.publicips.map((e) => e.id));
  return (id) => (ports.has(id) ? rename('ports', id) : eips.has(id) ? rename('publicips', id) : id);
}

interface Records {
  vpcs: VpcRecord[];
  subnets: SubnetRecord[];
  servers: ServerRecord[];
  ports: PortRecord[];
  publicips: PublicIpRecord[];
  ha_groups: HaGroupRecord[];
}

/** The store's records of a checked file, in `project`, with the store's derived fields. */
function recordsOf(file: ProjectFile, project: string, rename: Rename): Records {
  const owned = { tenant_id: project, project_id: project };
  const vpcs = file.vpcs.map((v) => ({ ...v, ...owned, id: rename('vpcs', v.id) }));
  const subnets = file.subnets.map((s) => {
    const id = rename('subnets', s.id);
    return { ...s, ...owned, id, neutron_network_id: id, neutron_subnet_id: rename('neutron', s.neutron_subnet_id), vpc_id: rename('vpcs', s.vpc_id) };
  });
  const subnetOf = new Map(file.subnets.map((s, i) => [s.id, subnets[i]]));
  const servers = file.servers.map((s) => ({ ...s, ...owned, id: rename('servers', s.id), metadata: { ...s.metadata, vpc_id: rename('vpcs', s.metadata.vpc_id) } }));
  const ports = file.ports.map((p) => {
    const subnet = subnetOf.get(p.network_id)!;
    const ip = p.fixed_ips[0].ip_address;
    const port: PortRecord = {
      ...p,
      ...owned,
      id: rename('ports', p.id),
      network_id: subnet.id,
      fixed_ips: [{ subnet_id: subnet.neutron_subnet_id, ip_address: ip }],
      device_id: isNic(p) ? rename('servers', p.device_id) : p.device_id,
      vpc_id: subnet.vpc_id,
      ip,
      pair_keys: [],
    };
    port.pair_keys = pairKeysOf(project, port);
    return port;
  });
  const portOf = new Map(file.ports.map((p, i) => [p.id, ports[i]]));
  const publicips = file.publicips.map((e) => {
    const { port_id: portId, private_ip_address: _ip, status: _status, ...rest } = e;
    const eip: PublicIpRecord = { ...rest, ...owned, id: rename('publicips', e.id), status: 'DOWN' };
    const port = portId ? portOf.get(portId) : undefined;
    return port ? { ...eip, port_id: port.id, private_ip_address: port.ip, status: 'ACTIVE' as const } : eip;
  });
  const named = anyOf(file, rename);
  const ha_groups = file.ha_groups.map((g) => ({
    ...g,
    project_id: project,
    id: rename('ha_groups', g.id),
    vip_port_id: named(g.vip_port_id),
    ...(g.eip_id === undefined ? {} : { eip_id: named(g.eip_id) }),
    members: g.members.map((m) => ({ ...m, server_id: rename('servers', m.server_id), port_id: named(m.port_id) })),
    ...(g.apply_plan && { apply_plan: g.apply_plan.map((s) => ({ ...s, port_id: s.port_id && named(s.port_id), eip_id: s.eip_id && named(s.eip_id) })) }),
    ...(g.apply_log && { apply_log: g.apply_log.map((l) => ({ ...l, resource_id: l.resource_id && named(l.resource_id) })) }),
    network_id: portOf.get(g.vip_port_id)?.network_id ?? '',
  }));
  return { vpcs, subnets, servers, ports, publicips, ha_groups };
}

/**
 * Writes a checked file (`checkProjectFile` found nothing) into the empty `project`, in the caller's one
 * write transaction, then checks what needs the written objects with the API's own rules: each port's
 * allowed-address pairs (a VIP's name NICs of its subnet; a NIC's are free-form, such as the check-off
 * sentinel) and each HA group. Throws every refusal as one 400, so the transaction is aborted and
 * nothing is kept. The file's ids are kept unless one is taken in this database.
 */
export async function writeProjectFile(tx: Tx, project: string, file: ProjectFile): Promise<'kept' | 'renewed'> {
  const ids = (await anyIdTaken(tx, file)) ? 'renewed' : 'kept';
  const renewed = ids === 'renewed' ? renewer() : null;
  const records = recordsOf(file, project, renewed ? renewed.rename : (_kind, id) => id);
  await tx.putMany('vpcs', records.vpcs);
  await tx.putMany('subnets', records.subnets);
  await tx.putMany('servers', records.servers);
  await tx.putMany('ports', records.ports);
  await tx.putMany('publicips', records.publicips);
  await tx.putMany('ha_groups', records.ha_groups);
  const out = new Problems();
  for (const [i, port] of records.ports.entries()) {
    const field = `ports[${i}].allowed_address_pairs`;
    await out.checkAsync(field, () => checkPairs(tx, project, port, port.allowed_address_pairs, field));
  }
  for (const [i, group] of records.ha_groups.entries()) {
    await out.checkAsync(`ha_groups[${i}]`, () => validateHaGroup(tx, project, group, group.id, `ha_groups[${i}]`));
  }
  if (out.lines.length > 0) {
    const lines = renewed ? out.lines.map((line) => line.replace(UUID, (id) => renewed.fileIdOf.get(id) ?? id)) : out.lines;
    throw new ApiError(codes.badParameter, importRefusalMessage(lines), 400);
  }
  return ids;
}
