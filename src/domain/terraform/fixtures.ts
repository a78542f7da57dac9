import type { TfData, TfServer } from './model';

const vpc = { id: 'vpc-1', name: 'vpc-prod', cidr: '10.0.0.0/16', description: '' };
const app = { id: 'net-app', name: 'subnet-app', cidr: '10.0.1.0/24', gatewayIp: '10.0.1.1', vpcId: 'vpc-1' };
const server = (name: string, ip: string, sourceDestCheck = true, subnetId = 'net-app'): TfServer => ({
  id: `srv-${name}`,
  name,
  flavor: 'c7.large.2',
  image: 'Ubuntu 22.04 server 64bit',
  availabilityZone: 'cn-south-1a',
  nics: [{ portId: `port-${name}`, subnetId, ip, sourceDestCheck }],
});

/** An HA pair: VIP 10.0.1.100 bound to an active and a standby server, with an EIP on the VIP. */
export function haPairData(): TfData {
  return {
    vpcs: [vpc],
    subnets: [app],
    servers: [server('app-a', '10.0.1.11', false), server('app-b', '10.0.1.12', false)],
    vips: [{ id: 'vip-1', name: 'vip-app', subnetId: 'net-app', ip: '10.0.1.100', boundPortIds: ['port-app-a', 'port-app-b'] }],
    eips: [{ id: 'eip-1', name: 'eip-app', type: '5_bgp', bandwidthName: 'bw-app', bandwidthSize: 10, portId: 'vip-1' }],
    haGroups: [{ id: 'grp-1', name: 'app-ha', mode: 'ha', vipId: 'vip-1', memberPortIds: ['port-app-a', 'port-app-b'] }],
  };
}

/**
 * An LVS-DR cluster: VIP 10.0.1.200 bound to two directors; three real servers are members (they hold
 * the VIP on lo) whose check is still on in the data, so the export turns it off. Service TCP 80.
 */
export function lvsClusterData(): TfData {
  const names = ['lvs-a', 'lvs-b', 'rs-1', 'rs-2', 'rs-3'];
  const servers = names.map((n, i) => server(n, `10.0.1.${21 + i}`, i > 1 ? true : false));
  return {
    vpcs: [vpc],
    subnets: [app],
    servers,
    vips: [{ id: 'vip-2', name: 'vip-lvs', subnetId: 'net-app', ip: '10.0.1.200', boundPortIds: ['port-lvs-a', 'port-lvs-b'] }],
    eips: [],
    haGroups: [{ id: 'grp-2', name: 'web-lvs', mode: 'lvs-dr', vipId: 'vip-2', memberPortIds: names.map((n) => `port-${n}`), servicePort: 80 }],
  };
}

/** One server with NICs in two subnets, the VIP bound to its second NIC; names that need escaping and renaming. */
export function twoNicData(): TfData {
  const mgmt = { id: 'net-mgmt', name: 'subnet-mgmt', cidr: '10.0.9.0/24', gatewayIp: '10.0.9.1', vpcId: 'vpc-1', description: 'Mgmt "ops" ${team} %{if} \\ net' };
  const gw: TfServer = {
    ...server('gw.01', '10.0.9.5'),
    nics: [
      { portId: 'port-gw-mgmt', subnetId: 'net-mgmt', ip: '10.0.9.5', sourceDestCheck: true },
      { portId: 'port-gw-app', subnetId: 'net-app', ip: '10.0.1.5', sourceDestCheck: true },
    ],
  };
  return {
    vpcs: [vpc],
    subnets: [app, mgmt],
    servers: [gw, { ...server('gw-01', '10.0.1.6'), id: 'srv-gw-01-b' }],
    vips: [{ id: 'vip-3', name: '1st-vip', subnetId: 'net-app', ip: '10.0.1.50', boundPortIds: ['port-gw-app'] }],
    eips: [],
    haGroups: [],
  };
}
