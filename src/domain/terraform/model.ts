/**
 * The plain resource data the Terraform export reads: what the console shows, without wire details.
 * Ids are the console's; the generated HCL never names them (it refers from resource to resource).
 */
export interface TfVpc {
  id: string;
  name: string;
  cidr: string;
  description?: string;
}

/** A subnet; its `id` is the network id (`neutron_network_id`) that NICs and VIPs carry. */
export interface TfSubnet {
  id: string;
  name: string;
  cidr: string;
  gatewayIp: string;
  vpcId: string;
  description?: string;
}

/** A server NIC: a port in a subnet. `sourceDestCheck` is its current state (off = the 1.1.1.1/0 pair). */
export interface TfNic {
  portId: string;
  subnetId: string;
  ip: string;
  sourceDestCheck: boolean;
}

/** A server with its NICs in attachment order (the order of the `network` blocks). */
export interface TfServer {
  id: string;
  name: string;
  flavor: string;
  image: string;
  availabilityZone: string;
  nics: TfNic[];
}

/** A VIP port and the NIC ports it is bound to (those whose fixed IP is in its allowed-address pairs). */
export interface TfVip {
  id: string;
  name: string;
  subnetId: string;
  ip: string;
  boundPortIds: string[];
}

export interface TfEip {
  id: string;
  name: string;
  type: string;
  bandwidthName: string;
  bandwidthSize: number;
  /** The port (a VIP's) the EIP is bound to. */
  portId?: string;
}

export interface TfHaGroup {
  id: string;
  name: string;
  mode: 'ha' | 'lvs-dr';
  vipId: string;
  memberPortIds: string[];
  /** LVS-DR: the TCP port the directors balance. */
  servicePort?: number;
}

export interface TfData {
  vpcs: TfVpc[];
  subnets: TfSubnet[];
  servers: TfServer[];
  vips: TfVip[];
  eips: TfEip[];
  haGroups: TfHaGroup[];
}

/** What to export: a VPC with everything in it, an HA group with what it needs, or a set of resource ids. */
export type TfSelection = { kind: 'vpc'; vpcId: string } | { kind: 'group'; groupId: string } | { kind: 'ids'; ids: readonly string[]; label?: string };

export interface TfFile {
  name: string;
  content: string;
}
