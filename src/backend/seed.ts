import { DEMO_AZ, DEMO_PROJECT_ID, VIP_DEVICE_OWNER } from '../contract';
import { macAddress, nowIso, randomId, stableId, type IdSource } from './ids';
import { portRecord } from './model';
import { allocatePublicIp, newEipRecord } from './routes/publicips';
import { DEFAULT_DNS } from './routes/subnets';
import { createServers } from './server-ops';
import type { SubnetRecord, Tx, VpcRecord } from './store';

export const DEMO_FLAVOR = 's6.medium.2';
export const DEMO_IMAGE = 'CentOS 7.9 64bit';

/**
 * The demo data: VPC `vpc-demo` (192.168.0.0/16) with `subnet-web` (192.168.0.0/24) and `subnet-db`
 * (192.168.1.0/24); servers ecs-web-01..04 in subnet-web, ecs-db-01 and ecs-db-02 in subnet-db
 * (ecs-db-01 with a second NIC in subnet-web); one unbound VIP `vip-web` (192.168.0.100); two unbound
 * EIPs. In the demo project the ids are stable (demo URLs survive a reset); elsewhere random.
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
    return {
      id,
      name,
      description,
      cidr: `192.168.${third}.0/24`,
      gateway_ip: `192.168.${third}.1`,
      vpc_id: vpc.id,
      dhcp_enable: true,
      primary_dns: DEFAULT_DNS[0],
      secondary_dns: DEFAULT_DNS[1],
      availability_zone: DEMO_AZ,
      neutron_network_id: id,
      neutron_subnet_id: ids(`neutron-subnet:${name}`),
      status: 'ACTIVE',
      tenant_id: project,
      created_at: nowIso(),
      updated_at: now,
      project_id: project,
    };
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
  for (let i = 1; i <= 4; i++) await server(`ecs-web-0${i}`, [{ subnet_id: web.id, ip_address: `192.168.0.${10 + i}` }]);
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

  for (const alias of ['eip-web', 'eip-spare']) {
    const ip = await allocatePublicIp(tx, project);
    const body = { publicip: { type: '5_bgp' as const, alias }, bandwidth: { name: `bandwidth-${alias}`, size: 5, share_type: 'PER' as const } };
    await tx.put('publicips', newEipRecord(project, ids(`eip:${alias}`), ip, body, nowIso(), ids(`bandwidth:${alias}`)));
  }
  await tx.put('meta', { project_id: project, seeded: true });
}

/** Seeds the project once (the meta flag says whether it was). Runs inside the caller's write transaction. */
export async function ensureSeeded(tx: Tx, project: string): Promise<void> {
  const meta = await tx.get('meta', project);
  if (!meta?.seeded) await seedDemo(tx, project);
}
