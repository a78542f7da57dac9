import type { CreateServersRequest } from '../contract';
import { DEMO_AZ } from '../contract';
import { checkName, codes } from '../domain';
import { ApiError, refuse } from './errors';
import { macAddress, nowIso, type IdSource } from './ids';
import { isNic, pairKey, pairKeysOf, portRecord, serverRecord } from './model';
import type { PortRecord, ServerRecord, SubnetRecord, Tx } from './store';
import { mustServer, mustSubnet, mustVpc } from './routes/common';
import { IpAllocator } from './routes/port-rules';
import { unbindEipsOf } from './routes/publicips';

/**
 * Creates `count` servers with one NIC port per `nics` entry (device_owner `compute:<az>`, ACTIVE).
 * With count > 1 the servers are named `<name>-0001`, `<name>-0002`... as ECS does.
 * `ids` makes the ids (random, or stable for the demo seed).
 */
export async function createServers(tx: Tx, project: string, body: CreateServersRequest, ids: IdSource, stableMacs = false): Promise<ServerRecord[]> {
  const s = body.server;
  const count = s.count ?? 1;
  const az = s.availability_zone ?? DEMO_AZ;
  const names = count === 1 ? [s.name] : Array.from({ length: count }, (_, i) => `${s.name}-${String(i + 1).padStart(4, '0')}`);
  for (const name of names) refuse(checkName(name, 'server.name'));
  if (count > 1 && s.nics.some((n) => n.ip_address !== undefined)) {
    throw new ApiError(codes.badParameter, 'server.nics[].ip_address cannot be given when count is more than 1: each server needs its own address.', 400, 'server.nics');
  }
  const vpc = await mustVpc(tx, project, s.vpcid);
  const subnets: SubnetRecord[] = [];
  for (const [i, nic] of s.nics.entries()) {
    const subnet = await mustSubnet(tx, project, nic.subnet_id);
    if (subnet.vpc_id !== vpc.id) {
      throw new ApiError(codes.badParameter, `server.nics[${i}].subnet_id: subnet ${subnet.name} is not in VPC ${vpc.name}.`, 400, `server.nics[${i}].subnet_id`);
    }
    subnets.push(subnet);
  }
  const ips = new IpAllocator(tx, project);
  const servers: ServerRecord[] = [];
  const ports: PortRecord[] = [];
  for (const [n, name] of names.entries()) {
    // Building 500 servers' records awaits nothing but microtasks; let other requests in now and then.
    if (n > 0 && n % 10 === 0) await tx.pause();
    const created = nowIso();
    const server = serverRecord({ project, id: ids(`server:${name}`), name, flavorRef: s.flavorRef, imageRef: s.imageRef, vpcId: vpc.id, az, created });
    servers.push(server);
    for (const [i, nic] of s.nics.entries()) {
      const ip = await ips.take(subnets[i], nic.ip_address, `server.nics[${i}].ip_address`);
      const hint = `nic:${name}:${i}`;
      ports.push(
        portRecord({
          project,
          id: ids(hint),
          name: '',
          subnet: subnets[i],
          ip,
          mac: macAddress(stableMacs ? hint : undefined),
          device_id: server.id,
          device_owner: `compute:${az}`,
          status: 'ACTIVE',
          created: nowIso(),
        }),
      );
    }
  }
  await tx.putMany('servers', servers);
  await tx.putMany('ports', ports);
  return servers;
}

/**
 * Deletes servers and their NIC ports. Each NIC's address is taken out of every VIP's pairs (so no VIP
 * keeps a binding to nothing), EIPs on the NICs become unbound, and the servers leave their HA groups.
 * Every id must exist, or nothing is deleted.
 */
export async function deleteServers(tx: Tx, project: string, ids: readonly string[]): Promise<void> {
  const servers = [];
  for (const id of new Set(ids)) servers.push(await mustServer(tx, project, id));
  const gone = new Set(ids);
  for (const server of servers) {
    const nics = (await tx.all('ports', 'by_device', [project, server.id])).filter(isNic);
    for (const nic of nics) {
      for (const vip of await tx.all('ports', 'by_pair', pairKey(project, nic.network_id, nic.ip))) {
        const fresh = (await tx.get('ports', vip.id))!;
        const updated = { ...fresh, allowed_address_pairs: fresh.allowed_address_pairs.filter((p) => p.ip_address !== nic.ip), updated_at: nowIso() };
        updated.pair_keys = pairKeysOf(project, updated);
        await tx.put('ports', updated);
      }
      await unbindEipsOf(tx, project, nic.id);
      await tx.delete('ports', nic.id);
    }
    await tx.delete('servers', server.id);
  }
  for (const group of await tx.ofProject('ha_groups', project)) {
    if (group.members.some((m) => gone.has(m.server_id))) {
      await tx.put('ha_groups', {
        ...group,
        members: group.members.filter((m) => !gone.has(m.server_id)),
        status: 'incomplete',
        updated_at: nowIso(),
      });
    }
  }
}
