import type { DBSchema } from 'idb';
import type { HaGroup, Job, Operation, Port, PublicIp, Role, Server, Subnet, Vpc } from '../../contract';

/**
 * What the backend keeps in IndexedDB. Every record carries `project_id` (the project in the request
 * path) so one database holds any number of isolated projects; the wire views drop the internal fields.
 * Primary keys are the resource ids (random UUIDs, or stable ones in the demo project).
 */

/**
 * What every project record carries beside its wire fields: its project, and `rev`, the revision the store
 * gives it on every write (sent as its ETag, compared with If-Match). Records written before revisions
 * existed have none until their next write.
 */
export interface Owned {
  project_id: string;
  rev?: string;
}

export type VpcRecord = Vpc & Owned;
export type SubnetRecord = Subnet & Owned;

export interface PortRecord extends Port, Owned {
  /** The VPC of the port's subnet, kept here so a server's `addresses` need no subnet lookup. */
  vpc_id: string;
  /** The port's (single) fixed IP, for the "IP in use" indexes. */
  ip: string;
  /**
   * On a VIP port only: `project|network_id|ip` for each allowed-address pair, so "which VIPs are bound to this
   * NIC" is one multiEntry index lookup. Empty on NICs (their pairs are free-form, e.g. 1.1.1.1/0).
   */
  pair_keys: string[];
}

export type PublicIpRecord = PublicIp & Owned;

/** A server without `addresses`: those are derived from its NIC ports (and EIPs) when it is shown. */
export type ServerRecord = Omit<Server, 'addresses'> & Owned;

/** `id` repeats `job_id` so jobs share the `[project_id, id]` index shape of the other stores. */
export type JobRecord = Job & Owned & { id: string };

/** `network_id` (the VIP's subnet) is copied here to check that `virtual_router_id` is unique per subnet. */
export type HaGroupRecord = HaGroup & Owned & { network_id: string };

/**
 * A user of a project (the console's IAM-like users). `token` and `access_key` are unique in the whole
 * backend, so a credential names one user of one project.
 */
export interface UserRecord extends Owned {
  id: string;
  name: string;
  role: Role;
  description: string;
  created_at: string;
  token: string;
  access_key: string;
  secret_key: string;
}

/**
 * One entry of a project's operation log. Its id (`trace_id`) starts with the time in hex, so the
 * `by_project` index ([project, id]) lists a project's operations oldest to newest.
 */
export type OperationRecord = Operation & Owned & { id: string };

export interface MetaRecord {
  /** The project id. */
  project_id: string;
  seeded: boolean;
  /** The project's short name (IAM shows `<region>_<name>`); absent for a project only used through its id. */
  name?: string;
  region?: string;
  description?: string;
  created_at?: string;
  /**
   * How many servers the project has, kept in step by every write (idb-store's settleServerCounts), so a
   * list counts 50,000 servers without walking them. Absent until the first write that touches a server.
   */
  servers?: number;
}

type ByProject = [string, string];

export interface VipConsoleDb extends DBSchema {
  vpcs: { key: string; value: VpcRecord; indexes: { by_project: ByProject } };
  subnets: {
    key: string;
    value: SubnetRecord;
    indexes: { by_project: ByProject; by_vpc: [string, string] };
  };
  ports: {
    key: string;
    value: PortRecord;
    indexes: {
      by_project: ByProject;
      by_network: [string, string];
      by_device: [string, string];
      /** [project, network_id, ip]: who holds an address in a subnet. */
      by_ip: [string, string, string];
      /** [project, ip]: the same address across the project's subnets (cross-subnet diagnostics). */
      by_project_ip: [string, string];
      by_pair: string;
      /** [project, device_owner]: every VIP of a project without scanning its NICs. */
      by_owner: [string, string];
    };
  };
  publicips: {
    key: string;
    value: PublicIpRecord;
    indexes: { by_project: ByProject; by_port: [string, string]; by_address: [string, string] };
  };
  servers: {
    key: string;
    value: ServerRecord;
    indexes: { by_project: ByProject; by_name: [string, string]; by_created: [string, string, string] };
  };
  jobs: { key: string; value: JobRecord; indexes: { by_project: ByProject } };
  ha_groups: {
    key: string;
    value: HaGroupRecord;
    indexes: { by_project: ByProject; by_vip: [string, string]; by_vrid: [string, string, number] };
  };
  users: {
    key: string;
    value: UserRecord;
    indexes: { by_project: ByProject; by_token: string; by_access_key: string };
  };
  operations: { key: string; value: OperationRecord; indexes: { by_project: ByProject } };
  meta: { key: string; value: MetaRecord };
}

export type StoreName = 'vpcs' | 'subnets' | 'ports' | 'publicips' | 'servers' | 'jobs' | 'ha_groups' | 'users' | 'operations' | 'meta';
export const STORE_NAMES: readonly StoreName[] = ['vpcs', 'subnets', 'ports', 'publicips', 'servers', 'jobs', 'ha_groups', 'users', 'operations', 'meta'];
/** Stores whose records belong to a project through a `by_project` index (all but `meta`). */
export const PROJECT_STORES = ['vpcs', 'subnets', 'ports', 'publicips', 'servers', 'jobs', 'ha_groups', 'users', 'operations'] as const;
/** The stores of a project's resources: what a demo-data reset, a load or an import replaces (not its users, its log or its name). */
export const RESOURCE_STORES = ['vpcs', 'subnets', 'ports', 'publicips', 'servers', 'jobs', 'ha_groups'] as const;
export type ProjectStoreName = (typeof PROJECT_STORES)[number];

export const DB_VERSION = 4;
