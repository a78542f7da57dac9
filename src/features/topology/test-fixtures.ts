import type { HaGroup, Port, PublicIp, Server, Subnet } from '../../contract';
import { CHECK_OFF_SENTINEL } from '../../domain';
import type { TopologyInput } from './model';

const stamp = '2026-01-01T00:00:00Z';

export function subnet(id: string, name: string, third: number, vpcId = 'vpc-1'): Subnet {
  return {
    id,
    name,
    description: '',
    cidr: `192.168.${third}.0/24`,
    gateway_ip: `192.168.${third}.1`,
    vpc_id: vpcId,
    dhcp_enable: true,
    primary_dns: '',
    secondary_dns: '',
    availability_zone: 'az1',
    neutron_network_id: id,
    neutron_subnet_id: `n-${id}`,
    status: 'ACTIVE',
    tenant_id: 'p',
    created_at: stamp,
    updated_at: stamp,
  };
}

export function port(id: string, networkId: string, ip: string, owner: { server?: string; vip?: boolean }, pairs: string[] = []): Port {
  return {
    id,
    name: owner.vip ? id : '',
    network_id: networkId,
    fixed_ips: [{ subnet_id: `n-${networkId}`, ip_address: ip }],
    mac_address: 'fa:16:3e:00:00:01',
    device_id: owner.server ?? '',
    device_owner: owner.vip ? 'neutron:VIP_PORT' : 'compute:az1',
    status: owner.vip ? 'DOWN' : 'ACTIVE',
    admin_state_up: true,
    security_groups: [],
    allowed_address_pairs: pairs.map((ip_address) => ({ ip_address })),
    port_security_enabled: true,
    tenant_id: 'p',
    binding_vnic_type: 'normal',
    dns_name: '',
    created_at: stamp,
    updated_at: stamp,
  };
}

export function server(id: string, name: string, nics: Port[], status: Server['status'] = 'ACTIVE', vpcId = 'vpc-1'): Server {
  return {
    id,
    name,
    status,
    tenant_id: 'p',
    created: stamp,
    updated: stamp,
    flavor: { id: 's6.medium.2', name: 's6.medium.2', vcpus: '1', ram: '2048', disk: '40' },
    image: { id: 'img' },
    addresses: {
      [vpcId]: nics.map((n) => ({
        version: 4 as const,
        addr: n.fixed_ips[0].ip_address,
        'OS-EXT-IPS:type': 'fixed' as const,
        'OS-EXT-IPS-MAC:mac_addr': n.mac_address,
        'OS-EXT-IPS:port_id': n.id,
      })),
    },
    metadata: { vpc_id: vpcId, image_name: 'img' },
    'OS-EXT-AZ:availability_zone': 'az1',
    'OS-EXT-STS:vm_state': status === 'ACTIVE' ? 'active' : 'stopped',
    'OS-EXT-STS:power_state': status === 'ACTIVE' ? 1 : 4,
  };
}

export function eip(id: string, ip: string, alias: string, portId?: string, privateIp?: string): PublicIp {
  return {
    id,
    alias,
    type: '5_bgp',
    public_ip_address: ip,
    ip_version: 4,
    status: portId ? 'ACTIVE' : 'DOWN',
    port_id: portId,
    private_ip_address: privateIp,
    bandwidth_id: `bw-${id}`,
    bandwidth_name: `bw-${id}`,
    bandwidth_size: 5,
    bandwidth_share_type: 'PER',
    tenant_id: 'p',
    create_time: stamp,
  };
}

/**
 * subnet-web: ecs-web-01..05, ecs-db-01's second NIC, vip-web (bound to web-01 active, web-02 standby;
 * web-02's check still on) with eip-web, vip-lvs (directors web-03 and db-01, real servers web-04, web-05).
 * subnet-db: ecs-db-01, ecs-db-02. eip-spare is unbound.
 */
export function demoInput(): TopologyInput {
  const web = subnet('s-web', 'subnet-web', 0);
  const db = subnet('s-db', 'subnet-db', 1);
  const off = [CHECK_OFF_SENTINEL];
  const nic = {
    web1: port('p-web1', web.id, '192.168.0.11', { server: 'web1' }, off),
    web2: port('p-web2', web.id, '192.168.0.12', { server: 'web2' }),
    web3: port('p-web3', web.id, '192.168.0.13', { server: 'web3' }, off),
    web4: port('p-web4', web.id, '192.168.0.14', { server: 'web4' }, off),
    web5: port('p-web5', web.id, '192.168.0.15', { server: 'web5' }, off),
    db1: port('p-db1', db.id, '192.168.1.11', { server: 'db1' }),
    db1web: port('p-db1web', web.id, '192.168.0.21', { server: 'db1' }, off),
    db2: port('p-db2', db.id, '192.168.1.12', { server: 'db2' }),
  };
  const vipWeb = port('p-vip-web', web.id, '192.168.0.100', { vip: true }, ['192.168.0.11', '192.168.0.12']);
  const vipLvs = port('p-vip-lvs', web.id, '192.168.0.101', { vip: true }, ['192.168.0.13', '192.168.0.21']);
  const groups: HaGroup[] = [
    {
      id: 'g-web',
      name: 'web-ha',
      mode: 'ha',
      vip_port_id: vipWeb.id,
      eip_id: 'e-web',
      members: [
        { server_id: 'web1', port_id: nic.web1.id, role: 'active', priority: 150 },
        { server_id: 'web2', port_id: nic.web2.id, role: 'standby', priority: 100 },
      ],
      virtual_router_id: 51,
      advert_int: 1,
      preempt: true,
      status: 'complete',
      created_at: stamp,
      updated_at: stamp,
    },
    {
      id: 'g-lvs',
      name: 'web-lvs',
      mode: 'lvs-dr',
      vip_port_id: vipLvs.id,
      members: [
        { server_id: 'web3', port_id: nic.web3.id, role: 'director', priority: 150 },
        { server_id: 'db1', port_id: nic.db1web.id, role: 'director', priority: 100 },
        { server_id: 'web4', port_id: nic.web4.id, role: 'backend', priority: 0 },
        { server_id: 'web5', port_id: nic.web5.id, role: 'backend', priority: 0 },
      ],
      virtual_router_id: 52,
      advert_int: 1,
      preempt: true,
      service: { protocol: 'TCP', port: 80, scheduler: 'rr', persistence_timeout: 0, health_check: { type: 'TCP' } },
      status: 'complete',
      created_at: stamp,
      updated_at: stamp,
    },
  ];
  return {
    vpc: { id: 'vpc-1', name: 'vpc-demo', cidr: '192.168.0.0/16' },
    subnets: [web, db],
    ports: [...Object.values(nic), vipWeb, vipLvs],
    servers: [
      server('web1', 'ecs-web-01', [nic.web1]),
      server('web2', 'ecs-web-02', [nic.web2]),
      server('web3', 'ecs-web-03', [nic.web3]),
      server('web4', 'ecs-web-04', [nic.web4]),
      server('web5', 'ecs-web-05', [nic.web5], 'SHUTOFF'),
      server('db1', 'ecs-db-01', [nic.db1, nic.db1web]),
      server('db2', 'ecs-db-02', [nic.db2]),
    ],
    eips: [eip('e-web', '121.36.0.10', 'eip-web', vipWeb.id, '192.168.0.100'), eip('e-spare', '121.36.0.11', 'eip-spare')],
    haGroups: groups,
  };
}
