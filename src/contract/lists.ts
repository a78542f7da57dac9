import type { Port, PrivateIp, PublicIp, Server, Subnet, Vpc } from './resources';

/** v1 list answers. Pages with `limit` and `marker` (the id of the last item of the previous page). */
export interface VpcList { vpcs: Vpc[] }
export interface SubnetList { subnets: Subnet[] }
export interface PortList { ports: Port[] }
export interface PrivateIpList { privateips: PrivateIp[] }
export interface PublicIpList { publicips: PublicIp[] }
/** ECS list: `offset` is a 1-based page number, `limit` the page size (default 25, max 1000). */
export interface ServerList { count: number; servers: Server[] }

/**
 * Query parameters every v1 list takes. `name` (substring, case-insensitive), `sort_key` and `sort_dir`
 * (Neutron's names) are accepted as console extensions so the console can search and sort on the backend.
 */
export interface ListQuery {
  limit?: number;
  marker?: string;
  name?: string;
  sort_key?: string;
  sort_dir?: 'asc' | 'desc';
}

export const DEMO_PROJECT_ID = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
export const DEMO_REGION = 'cn-north-4';
export const DEMO_AZ = 'cn-north-4a';
