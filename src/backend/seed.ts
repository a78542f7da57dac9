import { DEMO_AZ, DEMO_PROJECT_ID, VIP_DEVICE_OWNER } from '../contract';
import { macAddress, nowIso, randomId, stableId, type IdSource } from './ids';
import { pairsForCheck } from '../domain';
import { completeHaPairRecord, pairKeysOf, portRecord, subnetRecord } from './model';
import { allocatePublicIp, newEipRecord } from './routes/publicips';
import { createServers } from './server-ops';
import type { PortRecord, PublicIpRecord, ServerRecord, SubnetRecord, Tx, VpcRecord } from './store';

export const DEMO_FLAVOR = 's6.medium.2';
export const DEMO_IMAGE = 'CentOS 7.9 64bit';

/**
 * The demo data: VPC `vpc-demo` (192.168.0.0/16) with `subnet-web` (192.168.0.0/24) and `subnet-db`
 * (192.168.1.0/24); servers ecs-web-01..04 in subnet-web, ecs-db-01 and ecs-db-02 in subnet-db
 * (ecs-db-01 with a second NIC in subnet-web); one unbound VIP `vip-web` (192.168.0.100) to try things
 * on; two unbound EIPs (`eip-web`, `eip-spare`); and, in the demo project, the complete HA group
 * `ha-web` with its own VIP and EIP `eip-ha` (see `seedHaGroup`). In the demo project the ids are stable (demo URLs survive a reset); elsewhere random.
 */
export async function seedDemo(tx: Tx, project: string): Promise<void> {
  const ids: IdSource = project === DEMO_PROJECT_ID ? (hint) => stableId(`${project}:${hint}`) : randomId;
  const stable = project === DEMO_PROJECT_ID;
  const now = nowIso();
  const vpc: VpcRecord = {
    id: ids('vpc:vpc-demo'),
    name: 'vpc-demo',
    cidr: '192.168.0.0/16',
    description: 'Demo VPC of the VIP console',
    status: 'OK',
    routes: [],
    enterprise_project_id: '0',
    tenant_id: project,
    created_at: now,
    updated_at: now,
    project_id: project,
  };
  await tx.put('vpcs', vpc);
  const subnet = (name: string, third: number, description: string): SubnetRecord => {
    const id = ids(`subnet:${name}`);
    return subnetRecord({
      project,
      id,
      neutronSubnetId: ids(`neutron-subnet:${name}`),
      name,
      description,
      cidr: `192.168.${third}.0/24`,
      gatewayIp: `192.168.${third}.1`,
      vpcId: vpc.id,
      created: nowIso(),
      updated: now,
    });
  };
  const web = subnet('subnet-web', 0, 'Web tier');
  const db = subnet('subnet-db', 1, 'Database tier');
  await tx.putMany('subnets', [web, db]);

  const server = (name: string, nics: { subnet_id: string; ip_address: string }[]) =>
    createServers(
      tx,
      project,
      {
        server: { name, imageRef: DEMO_IMAGE, flavorRef: DEMO_FLAVOR, vpcid: vpc.id, nics, root_volume: { volumetype: 'SSD' }, availability_zone: DEMO_AZ },
      },
      ids,
      stable,
    );
  const webServers: ServerRecord[] = [];
  for (let i = 1; i <= 4; i++) webServers.push(...(await server(`ecs-web-0${i}`, [{ subnet_id: web.id, ip_address: `192.168.0.${10 + i}` }])));
  await server('ecs-db-01', [
    { subnet_id: db.id, ip_address: '192.168.1.11' },
    { subnet_id: web.id, ip_address: '192.168.0.21' },
  ]);
  await server('ecs-db-02', [{ subnet_id: db.id, ip_address: '192.168.1.12' }]);

  await tx.put(
    'ports',
    portRecord({
      project,
      id: ids('port:vip-web'),
      name: 'vip-web',
      subnet: web,
      ip: '192.168.0.100',
      mac: macAddress(stable ? 'vip-web' : undefined),
      device_id: '',
      device_owner: VIP_DEVICE_OWNER,
      status: 'DOWN',
      created: nowIso(),
    }),
  );

  const eips: Record<string, PublicIpRecord> = {};
  for (const alias of ['eip-web', 'eip-spare', 'eip-ha']) {
    const ip = await allocatePublicIp(tx, project);
    const body = { publicip: { type: '5_bgp' as const, alias }, bandwidth: { name: `bandwidth-${alias}`, size: 5, share_type: 'PER' as const } };
    eips[alias] = newEipRecord(project, ids(`eip:${alias}`), ip, body, nowIso(), ids(`bandwidth:${alias}`));
    await tx.put('publicips', eips[alias]);
  }
  // The demo project shows the finished HA group. Other projects reset to demo data (the route tests'
  // fresh projects) keep the base set, with eip-ha unbound, so their baselines stay small.
  if (stable) await seedHaGroup(tx, project, { ids, stable, web, servers: webServers.slice(0, 2), eip: eips['eip-ha'] });
  await tx.markSeeded(project);
}

/**
 * The demo's complete HA group `ha-web` (mode HA, virtual_router_id 50): VIP `vip-ha` (192.168.0.50)
 * bound to ecs-web-01 (active, priority 150) and ecs-web-02 (standby, 100), both NICs with the
 * source/destination check off, and EIP `eip-ha` on the VIP: what the wizard leaves behind.
 */
async function seedHaGroup(
  tx: Tx,
  project: string,
  d: { ids: IdSource; stable: boolean; web: SubnetRecord; servers: ServerRecord[]; eip: PublicIpRecord },
): Promise<void> {
  const nics: PortRecord[] = [];
  for (const server of d.servers) {
    const nic = (await tx.all('ports', 'by_device', [project, server.id])).find((p) => p.network_id === d.web.id)!;
    const off = { ...nic, allowed_address_pairs: pairsForCheck(false) };
    off.pair_keys = pairKeysOf(project, off);
    await tx.put('ports', off);
    nics.push(off);
  }
  const vip = portRecord({
    project,
    id: d.ids('port:vip-ha'),
    name: 'vip-ha',
    subnet: d.web,
    ip: '192.168.0.50',
    mac: macAddress(d.stable ? 'vip-ha' : undefined),
    device_id: '',
    device_owner: VIP_DEVICE_OWNER,
    status: 'DOWN',
    created: nowIso(),
    allowed_address_pairs: nics.map((n) => ({ ip_address: n.ip })),
  });
  await tx.put('ports', vip);
  await tx.put('publicips', { ...d.eip, port_id: vip.id, private_ip_address: vip.ip, status: 'ACTIVE' });
  await tx.put(
    'ha_groups',
    completeHaPairRecord({ project, id: d.ids('ha-group:ha-web'), name: 'ha-web', vip, eipId: d.eip.id, nics, virtualRouterId: 50, at: nowIso() }),
  );
}

/** Seeds the project once (the meta flag says whether it was). Runs inside the caller's write transaction. */
export async function ensureSeeded(tx: Tx, project: string): Promise<void> {
  const meta = await tx.get('meta', project);
  if (!meta?.seeded) await seedDemo(tx, project);
}
