import type { ApplyLogEntry, ApplyStep } from '../domain/ha/apply-plan';

/**
 * Wire shapes of the Huawei Cloud REST API subset the backend speaks (see shared/design/domain.md §1, §3).
 * Field names follow Huawei's JSON exactly: snake_case and the `OS-EXT-*` keys of ECS.
 */

/** v1 VPC. `status` is always "OK" once created (the real API may show "CREATING" briefly). */
export interface Vpc {
  id: string;
  name: string;
  cidr: string;
  description: string;
  status: 'OK' | 'CREATING';
  routes: { destination: string; nexthop: string }[];
  enterprise_project_id: string;
  tenant_id: string;
  created_at: string;
  updated_at: string;
}

/**
 * v1 subnet. Its `id` equals `neutron_network_id` (the console's "Network ID") and is what ports carry
 * as `network_id`; `neutron_subnet_id` is what a port's `fixed_ips[].subnet_id` carries.
 */
export interface Subnet {
  id: string;
  name: string;
  description: string;
  cidr: string;
  gateway_ip: string;
  vpc_id: string;
  dhcp_enable: boolean;
  primary_dns: string;
  secondary_dns: string;
  availability_zone: string;
  neutron_network_id: string;
  neutron_subnet_id: string;
  status: 'ACTIVE';
  tenant_id: string;
  created_at: string;
  updated_at: string;
}

export interface FixedIp {
  /** The subnet's `neutron_subnet_id`. */
  subnet_id: string;
  ip_address: string;
}

/**
 * One entry of a port's `allowed_address_pairs`.
 * On a VIP port, a pair naming a NIC's fixed IP means "the VIP is bound to that NIC".
 * On a NIC port, the sentinel `1.1.1.1/0` means "source/destination check off"; an empty list means on.
 */
export interface AllowedAddressPair {
  ip_address: string;
  mac_address?: string;
}

export const VIP_DEVICE_OWNER = 'neutron:VIP_PORT';

/** A port as the v1 API shows it. A VIP is a port with `device_owner: "neutron:VIP_PORT"`. */
export interface Port {
  id: string;
  name: string;
  /** The v1 subnet id the port lives in. */
  network_id: string;
  fixed_ips: FixedIp[];
  mac_address: string;
  /** Server id for a NIC, "" for a VIP. */
  device_id: string;
  /** `compute:<az>` for a NIC, `neutron:VIP_PORT` for a VIP. */
  device_owner: string;
  status: 'ACTIVE' | 'DOWN' | 'BUILD';
  admin_state_up: boolean;
  security_groups: string[];
  allowed_address_pairs: AllowedAddressPair[];
  port_security_enabled: boolean;
  tenant_id: string;
  binding_vnic_type: 'normal';
  dns_name: string;
  created_at: string;
  updated_at: string;
}

/** The Neutron `/v2.0/ports` view of the same resource. */
export interface NeutronPort extends Port {
  project_id: string;
}

/** A used address in a subnet; its id is the id of the port holding it. */
export interface PrivateIp {
  id: string;
  subnet_id: string;
  tenant_id: string;
  ip_address: string;
  device_owner: string;
  status: 'ACTIVE' | 'DOWN';
}

/** An EIP. Bound when `port_id` is set (status ACTIVE), unbound otherwise (status DOWN). */
export interface PublicIp {
  id: string;
  alias: string;
  type: '5_bgp' | '5_sbgp';
  public_ip_address: string;
  ip_version: 4;
  status: 'ACTIVE' | 'DOWN';
  port_id?: string;
  private_ip_address?: string;
  bandwidth_id: string;
  bandwidth_name: string;
  bandwidth_size: number;
  bandwidth_share_type: 'PER' | 'WHOLE';
  tenant_id: string;
  create_time: string;
}

export interface ServerAddress {
  version: 4;
  addr: string;
  'OS-EXT-IPS:type': 'fixed' | 'floating';
  'OS-EXT-IPS-MAC:mac_addr': string;
  'OS-EXT-IPS:port_id': string;
}

export type ServerStatus = 'ACTIVE' | 'SHUTOFF' | 'BUILD' | 'ERROR';

/** An ECS server as `GET /v1/{project_id}/cloudservers/{id}` shows it. */
export interface Server {
  id: string;
  name: string;
  status: ServerStatus;
  tenant_id: string;
  created: string;
  updated: string;
  flavor: { id: string; name: string; vcpus: string; ram: string; disk: string };
  image: { id: string };
  /** Keyed by VPC id. */
  addresses: Record<string, ServerAddress[]>;
  metadata: { vpc_id: string; image_name: string };
  'OS-EXT-AZ:availability_zone': string;
  'OS-EXT-STS:vm_state': 'active' | 'stopped' | 'building';
  'OS-EXT-STS:power_state': 1 | 4;
}

export interface InterfaceAttachment {
  port_id: string;
  net_id: string;
  mac_addr: string;
  port_state: Port['status'];
  fixed_ips: FixedIp[];
}

export interface Job {
  job_id: string;
  job_type: string;
  status: 'SUCCESS' | 'RUNNING' | 'FAIL' | 'INIT';
  begin_time: string;
  end_time: string;
  entities: Record<string, unknown>;
  error_code?: string;
  fail_reason?: string;
}

export type HaMode = 'ha' | 'lvs-dr';
export type HaRole = 'active' | 'standby' | 'director' | 'backend';

/**
 * This console's own extension, not a Huawei API: the in-guest role of each server bound to a VIP.
 * Served under `/console/v1/{project_id}/ha-groups`.
 */
export interface HaGroup {
  id: string;
  name: string;
  mode: HaMode;
  vip_port_id: string;
  eip_id?: string;
  members: { server_id: string; port_id: string; role: HaRole; priority: number }[];
  virtual_router_id: number;
  advert_int: number;
  preempt: boolean;
  service?: {
    protocol: 'TCP';
    port: number;
    scheduler: 'rr' | 'wrr' | 'lc' | 'wlc';
    persistence_timeout: number;
    health_check: { type: 'TCP' } | { type: 'HTTP'; path: string };
  };
  /** "incomplete" while the wizard's steps are not all applied. */
  status: 'complete' | 'incomplete';
  /** The command keepalived runs as the node's health check (absent: the console's default). */
  check_command?: string;
  /** The wizard's steps (domain `planHaApply`), kept so a closed tab can be resumed: Retry or Undo. */
  apply_plan?: ApplyStep[];
  /** What the wizard has applied (or was applying), oldest first; Undo reverses it newest first. */
  apply_log?: ApplyLogEntry[];
  created_at: string;
  updated_at: string;
}
