/**
 * What the in-guest configuration of an HA group is generated from. The wizard and the HA-group pages
 * fill it from the group, its VIP and its servers; generation itself is pure and deterministic.
 */

export type Scheduler = 'rr' | 'wrr' | 'lc' | 'wlc';

export type ServiceCheck = { type: 'TCP' } | { type: 'HTTP'; path: string; statusCode?: number };

/** A node that runs keepalived: an active or standby server (HA), or an LVS director. */
export interface VrrpNode {
  name: string;
  /** The NIC's fixed IP, used as `unicast_src_ip` and in the peers' `unicast_peer`. */
  ip: string;
  role: 'active' | 'standby' | 'director';
  /** 1..254; the active node at least 50 above the rest. */
  priority: number;
  /** The guest interface of this node's NIC when it is not the spec's (e.g. `eth1` for a second NIC). */
  interfaceName?: string;
}

export interface RealServer {
  name: string;
  ip: string;
  weight: number;
}

export interface LvsService {
  port: number;
  scheduler: Scheduler;
  /** Seconds a client sticks to one real server; 0 turns persistence off. */
  persistenceTimeout: number;
  check: ServiceCheck;
  realServers: RealServer[];
}

export interface HaConfigSpec {
  /** The HA group's name; becomes the VRRP instance name. */
  groupName: string;
  mode: 'ha' | 'lvs-dr';
  vip: string;
  /** Prefix length of the VIP's subnet, e.g. 24. */
  prefixLength: number;
  /** The guest's interface of the NIC bound to the VIP. */
  interfaceName: string;
  virtualRouterId: number;
  advertInt: number;
  /** Off means `nopreempt` on every node and every node starting as BACKUP. */
  preempt: boolean;
  /** VRRP PASS authentication: 1 to 8 characters, no spaces (keepalived truncates longer ones). */
  authPass: string;
  nodes: VrrpNode[];
  /** The command keepalived runs to decide whether this node may hold the VIP (weight 0: fail = FAULT). */
  healthCheckCommand: string;
  /** LVS-DR only. */
  service?: LvsService;
}

export interface GeneratedFile {
  /** Where the file goes on the server. */
  path: string;
  /** A short file name for download. */
  fileName: string;
  description: string;
  content: string;
}
