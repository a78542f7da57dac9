import type { HaGroup, HaMode, HaRole, Port, PublicIp, Server, ServerStatus, Subnet, Vpc } from '../../contract';
import type { EipFacts, NicFacts, VipFacts } from '../../domain';

/** What a topology view draws: the whole VPC, or one HA group. */
export type ViewScope = { kind: 'vpc'; vpcId: string } | { kind: 'ha-group'; groupId: string };

export const viewKey = (scope: ViewScope) => (scope.kind === 'vpc' ? `vpc:${scope.vpcId}` : `ha-group:${scope.groupId}`);

/** The server data a view is built from (TanStack Query's, joined). */
export interface TopologyInput {
  vpc: Pick<Vpc, 'id' | 'name' | 'cidr'>;
  subnets: Subnet[];
  /** NIC and VIP ports of the subnets drawn. */
  ports: Port[];
  servers: Server[];
  eips: PublicIp[];
  haGroups: HaGroup[];
}

export type EntryKind = 'internet' | 'vpn' | 'direct-connect' | 'peering';

export interface WaysIn {
  vpn: boolean;
  directConnect: boolean;
  peering: boolean;
}

export interface NicView {
  portId: string;
  ip: string;
  /** Null when the subnet is not one of the view's VPC. */
  subnetName: string | null;
  /** The NIC lives in the subnet its server is drawn in. */
  home: boolean;
  /** Bound to at least one VIP of the view. */
  bound: boolean;
  checkOn: boolean;
}

export interface VpcData extends Record<string, unknown> {
  name: string;
  cidr: string;
}
export interface SubnetData extends Record<string, unknown> {
  subnetId: string;
  name: string;
  cidr: string;
  servers: number;
  vips: number;
}
export interface ServerData extends Record<string, unknown> {
  serverId: string;
  name: string;
  status: ServerStatus;
  subnetId: string;
  nics: NicView[];
  /** The server's role in an HA group of the view, when it has one. */
  role?: HaRole;
  groupName?: string;
  priority?: number;
  /** A director's edge or an EIP ends on this server (it needs its left header handle). */
  inbound: boolean;
  /** It is an LVS director (it needs its right header handle). */
  outbound: boolean;
}
export interface VipData extends Record<string, unknown> {
  portId: string;
  ip: string;
  name: string;
  subnetName: string;
  bound: number;
  groupId?: string;
  groupName?: string;
  mode?: HaMode;
  /** LVS-DR: what the directors balance, e.g. "TCP 80 · rr". */
  service?: string;
}
export interface EipData extends Record<string, unknown> {
  eipId: string;
  ip: string;
  alias: string;
  bandwidth: number;
  bound: boolean;
}
export interface EntryData extends Record<string, unknown> {
  kind: EntryKind;
}

export type TopoNodeSpec =
  | { id: string; type: 'vpc'; parentId?: undefined; width: number; height: number; data: VpcData }
  | { id: string; type: 'subnet'; parentId: string; width: number; height: number; data: SubnetData }
  | { id: string; type: 'server'; parentId: string; width: number; height: number; data: ServerData }
  | { id: string; type: 'vip'; parentId: string; width: number; height: number; data: VipData }
  | { id: string; type: 'eip'; parentId?: undefined; width: number; height: number; data: EipData }
  | { id: string; type: 'entry'; parentId?: undefined; width: number; height: number; data: EntryData };

export type TopoNodeType = TopoNodeSpec['type'];

/** `bind`: VIP to a NIC (its pair); `lvs`: director to real server; `eip`: EIP to its port; `entry`: a way in. */
export type EdgeKind = 'bind' | 'lvs' | 'eip' | 'entry';
export type BindRole = HaRole | 'none';

export interface TopoEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  role?: BindRole;
  vipPortId?: string;
  nicPortId?: string;
  /** The NIC's IP (bind) or the EIP's address (eip). */
  ip?: string;
  eipId?: string;
  /** An EIP bound to a server's NIC: that NIC's IP. */
  nicIp?: string;
}

export interface TopoEdgeSpec {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  data: TopoEdgeData;
}

/** What the connection rules need, keyed by node id (VIPs, EIPs) or NIC port id. */
export interface ConnectionFacts {
  vips: Record<string, VipFacts & { subnetName: string; eipNodeId: string | null; label: string }>;
  nics: Record<string, NicFacts & { checkOn: boolean; serverStatus: ServerStatus }>;
  eips: Record<string, EipFacts & { label: string }>;
  nicsOfServer: Record<string, NicFacts[]>;
  vipCountOfServer: Record<string, number>;
}

export interface TopologyGraph {
  nodes: TopoNodeSpec[];
  edges: TopoEdgeSpec[];
  facts: ConnectionFacts;
}

export const nodeId = {
  vpc: (id: string) => `vpc:${id}`,
  subnet: (id: string) => `subnet:${id}`,
  server: (id: string) => `server:${id}`,
  vip: (portId: string) => `vip:${portId}`,
  eip: (id: string) => `eip:${id}`,
  entry: (kind: EntryKind) => `entry:${kind}`,
};

export const handleId = {
  nic: (portId: string) => `nic:${portId}`,
  /** VIP: where NIC edges end (its right side). */
  vipNics: 'nics',
  /** VIP and EIP: where an EIP or an entry point's edge ends (left side). */
  in: 'in',
  /** EIP, entry point and director: where their edges start (right side). */
  out: 'out',
  /** Real server: where a director's edge ends. */
  realServer: 'rs',
};

export const portIdOfNicHandle = (handle: string | null | undefined) => (handle?.startsWith('nic:') ? handle.slice(4) : null);
