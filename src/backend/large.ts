import { DEMO_AZ } from '../contract';
import { macAddress, randomId } from './ids';
import { portRecord, serverRecord, subnetRecord } from './model';
import type { PortRecord, ServerRecord, SubnetRecord, Tx, VpcRecord } from './store';

export const LARGE_SUBNETS = 40;
export const LARGE_SERVERS = 10_000;
const FLAVORS = ['s6.small.1', 's6.medium.2', 's6.large.2', 's6.xlarge.2', 'c7.large.2'];

/**
 * The large data set, for paging and topology tests: a new VPC `vpc-large-<n>` (10.0.0.0/16; VPCs may
 * share CIDRs) with 40 /24 subnets and 10,000 servers, 250 per subnet (10.0.k.2 upward), one NIC each,
 * every 7th server stopped, all created a day before now. Records are built directly (their addresses are known to be free) and
 * written with batched puts in the caller's single transaction.
 */
export async function loadLarge(tx: Tx, project: string): Promise<{ vpc_id: string; subnets: number; servers: number }> {
  const existing = (await tx.ofProject('vpcs', project)).filter((v) => v.name.startsWith('vpc-large-')).length;
  const n = existing + 1;
  // Created "a day ago", one millisecond apart: the demo's own servers stay at the top of the ECS list.
  const base = Date.now() - 86_400_000;
  const at = (offset: number) => new Date(base + offset).toISOString();
  const vpc: VpcRecord = {
    id: randomId('vpc'),
    name: `vpc-large-${n}`,
    cidr: '10.0.0.0/16',
    description: `Large data set: ${LARGE_SUBNETS} subnets, ${LARGE_SERVERS} servers`,
    status: 'OK',
    routes: [],
    enterprise_project_id: '0',
    tenant_id: project,
    created_at: at(0),
    updated_at: at(0),
    project_id: project,
  };
  const subnets: SubnetRecord[] = Array.from({ length: LARGE_SUBNETS }, (_, k) => {
    const id = randomId('subnet');
    return subnetRecord({
      project,
      id,
      neutronSubnetId: randomId('neutron-subnet'),
      name: `subnet-large-${n}-${String(k + 1).padStart(2, '0')}`,
      description: '',
      cidr: `10.0.${k}.0/24`,
      gatewayIp: `10.0.${k}.1`,
      vpcId: vpc.id,
      created: at(1 + k),
    });
  });
  const perSubnet = Math.ceil(LARGE_SERVERS / LARGE_SUBNETS);
  const servers: ServerRecord[] = [];
  const ports: PortRecord[] = [];
  for (let i = 0; i < LARGE_SERVERS; i++) {
    const subnet = subnets[Math.floor(i / perSubnet)];
    const created = at(100 + i);
    const server = serverRecord({
      project,
      id: randomId('server'),
      name: `ecs-large-${n}-${String(i + 1).padStart(5, '0')}`,
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
    servers.push(server);
    const third = subnet.cidr.split('.')[2];
    ports.push(
      portRecord({
        project,
        id: randomId('port'),
        name: '',
        subnet,
        ip: `10.0.${third}.${2 + (i % perSubnet)}`,
        mac: macAddress(),
        device_id: server.id,
        device_owner: `compute:${DEMO_AZ}`,
        status: 'ACTIVE',
        created,
      }),
    );
  }
  await tx.put('vpcs', vpc);
  await tx.putMany('subnets', subnets);
  await tx.putMany('servers', servers);
  await tx.putMany('ports', ports);
  return { vpc_id: vpc.id, subnets: subnets.length, servers: servers.length };
}
