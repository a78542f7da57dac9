import { DEMO_AZ, VIP_DEVICE_OWNER } from '../contract';
import { pairsForCheck } from '../domain';
import { macAddress, randomId } from './ids';
import { completeHaPairRecord, pairKeysOf, portRecord, serverRecord, subnetRecord } from './model';
import { allocatePublicIp, newEipRecord } from './routes/publicips';
import type { PortRecord, PublicIpRecord, ServerRecord, SubnetRecord, Tx, VpcRecord } from './store';

/** The sizes Settings offers; the API takes any count from 1 to LARGE_MAX_SERVERS. */
export const LARGE_DEFAULT_SERVERS = 10_000;
export const LARGE_MAX_SERVERS = 50_000;
/** Servers per /24 subnet (10.0.k.2 upward): 10,000 servers fill 40 subnets, 50,000 fill 200. */
export const LARGE_SERVERS_PER_SUBNET = 250;
/** Subnets that get a bound VIP (and the first also an HA group and an EIP). */
const BOUND_SUBNETS = 4;
const FLAVORS = ['s6.small.1', 's6.medium.2', 's6.large.2', 's6.xlarge.2', 'c7.large.2'];

export interface LargeSetSummary {
  vpc_id: string;
  subnets: number;
  servers: number;
  vips: number;
  eips: number;
}

/**
 * The large data set, for paging, list speed and topology: it REPLACES everything of the project (as a
 * reset does) with VPC `vpc-large` (10.0.0.0/16) and `servers` servers, 250 per /24 subnet
 * (`subnet-large-001`...), one NIC each, every 7th server stopped, created a day before now one
 * millisecond apart. The first four subnets each get a VIP (10.0.k.252) bound to their first two
 * servers with both NICs' check off, as the console binds; the first VIP carries an EIP and the complete
 * HA group `ha-large`; one more EIP stays unbound. Records are built directly (their addresses are known
 * to be free) and written with batched puts in the caller's single transaction.
 */
export async function loadLarge(tx: Tx, project: string, servers: number = LARGE_DEFAULT_SERVERS): Promise<LargeSetSummary> {
  await tx.wipeProject(project);
  // The set replaces the demo data: mark the project seeded, or the demo would be seeded on top of it.
  await tx.markSeeded(project);
  const base = Date.now() - 86_400_000;
  const at = (offset: number) => new Date(base + offset).toISOString();
  const subnetCount = Math.ceil(servers / LARGE_SERVERS_PER_SUBNET);
  const vpc: VpcRecord = {
    id: randomId('vpc'),
    name: 'vpc-large',
    cidr: '10.0.0.0/16',
    description: `Large data set: ${subnetCount} subnets, ${servers} servers`,
    status: 'OK',
    routes: [],
    enterprise_project_id: '0',
    tenant_id: project,
    created_at: at(0),
    updated_at: at(0),
    project_id: project,
  };
  const subnets: SubnetRecord[] = Array.from({ length: subnetCount }, (_, k) =>
    subnetRecord({
      project,
      id: randomId('subnet'),
      neutronSubnetId: randomId('neutron-subnet'),
      name: `subnet-large-${String(k + 1).padStart(3, '0')}`,
      description: '',
      cidr: `10.0.${k}.0/24`,
      gatewayIp: `10.0.${k}.1`,
      vpcId: vpc.id,
      created: at(1 + k),
    }),
  );
  const serverRecords: ServerRecord[] = [];
  const nics: PortRecord[] = [];
  for (let i = 0; i < servers; i++) {
    const k = Math.floor(i / LARGE_SERVERS_PER_SUBNET);
    const created = at(1000 + i);
    const server = serverRecord({
      project,
      id: randomId('server'),
      name: `ecs-large-${String(i + 1).padStart(5, '0')}`,
      flavorRef: FLAVORS[i % FLAVORS.length],
      imageRef: 'Ubuntu 22.04 server 64bit',
      vpcId: vpc.id,
      az: DEMO_AZ,
      created,
    });
    if (i % 7 === 6) {
      server.status = 'SHUTOFF';
      server['OS-EXT-STS:vm_state'] = 'stopped';
      server['OS-EXT-STS:power_state'] = 4;
    }
    serverRecords.push(server);
    nics.push(
      portRecord({
        project,
        id: randomId('port'),
        name: '',
        subnet: subnets[k],
        ip: `10.0.${k}.${2 + (i % LARGE_SERVERS_PER_SUBNET)}`,
        mac: macAddress(),
        device_id: server.id,
        device_owner: `compute:${DEMO_AZ}`,
        status: 'ACTIVE',
        created,
      }),
    );
  }
  const vips = bindVips(project, subnets, nics, at);
  await tx.put('vpcs', vpc);
  await tx.putMany('subnets', subnets);
  await tx.putMany('servers', serverRecords);
  await tx.putMany('ports', nics);
  await tx.putMany('ports', vips);
  const eips = await addEips(tx, project, vips[0], at(999));
  // `ha-large`: the first VIP's two servers, active and standby, complete, as the wizard leaves it.
  if (vips[0]) {
    const group = { project, id: randomId('ha-group'), name: 'ha-large', vip: vips[0], eipId: eips[0].id, nics: nics.slice(0, 2), virtualRouterId: 60, at: at(999) };
    await tx.put('ha_groups', completeHaPairRecord(group));
  }
  return { vpc_id: vpc.id, subnets: subnets.length, servers: serverRecords.length, vips: vips.length, eips: eips.length };
}

/** A VIP in each of the first subnets that hold two servers, bound to those two; their NICs' check turned off (in `nics`). */
function bindVips(project: string, subnets: SubnetRecord[], nics: PortRecord[], at: (offset: number) => string): PortRecord[] {
  const vips: PortRecord[] = [];
  for (let k = 0; k < Math.min(BOUND_SUBNETS, subnets.length); k++) {
    const first = k * LARGE_SERVERS_PER_SUBNET;
    const pair = nics.slice(first, first + 2).filter((n) => n.network_id === subnets[k].id);
    if (pair.length < 2) break;
    for (const nic of pair) {
      nic.allowed_address_pairs = pairsForCheck(false);
      nic.pair_keys = pairKeysOf(project, nic);
    }
    vips.push(
      portRecord({
        project,
        id: randomId('port'),
        name: `vip-large-${k + 1}`,
        subnet: subnets[k],
        ip: `10.0.${k}.252`,
        mac: macAddress(),
        device_id: '',
        device_owner: VIP_DEVICE_OWNER,
        status: 'DOWN',
        created: at(500 + k),
        allowed_address_pairs: pair.map((n) => ({ ip_address: n.ip })),
      }),
    );
  }
  return vips;
}

/** `eip-large` bound to the first VIP (when there is one) and `eip-large-spare` unbound. */
async function addEips(tx: Tx, project: string, vip: PortRecord | undefined, now: string): Promise<PublicIpRecord[]> {
  const eips: PublicIpRecord[] = [];
  for (const alias of vip ? ['eip-large', 'eip-large-spare'] : ['eip-large-spare']) {
    const ip = await allocatePublicIp(tx, project);
    const body = { publicip: { type: '5_bgp' as const, alias }, bandwidth: { name: `bandwidth-${alias}`, size: 5, share_type: 'PER' as const } };
    let eip = newEipRecord(project, randomId('eip'), ip, body, now, randomId('bandwidth'));
    if (alias === 'eip-large' && vip) eip = { ...eip, port_id: vip.id, private_ip_address: vip.ip, status: 'ACTIVE' };
    await tx.put('publicips', eip);
    eips.push(eip);
  }
  return eips;
}

