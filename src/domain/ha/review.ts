import { MAX_SERVERS_PER_VIP, MAX_VIPS_PER_SERVER } from '../rules/binding-rules';

/** The outcome of one check of the HA wizard's review step. A `fail` blocks Apply. */
export interface ReviewCheck {
  id: ReviewCheckId;
  label: string;
  status: 'pass' | 'warn' | 'fail';
  detail: string;
}

export type ReviewCheckId =
  | 'roles'
  | 'same-subnet'
  | 'source-dest-check'
  | 'several-nics'
  | 'servers-per-vip'
  | 'vips-per-server'
  | 'standby-forwarding'
  | 'priorities'
  | 'router-id';

export interface ReviewMember {
  serverName: string;
  role: 'active' | 'standby' | 'director' | 'backend';
  priority: number;
  nicIp: string;
  /** v1 subnet id of the chosen NIC. */
  nicNetworkId: string;
  nicSubnetName: string;
  sourceDestCheckOn: boolean;
  /** NICs of this server in the VIP's subnet. */
  nicsInVipSubnet: number;
  /** VIPs this server is bound to already, not counting this one. */
  otherVipCount: number;
}

export interface ReviewInput {
  mode: 'ha' | 'lvs-dr';
  vip: { ip: string; networkId: string; subnetName: string };
  members: ReviewMember[];
  /** Servers bound to the VIP already that are not members of this group. */
  otherBoundServers: number;
  virtualRouterId: number;
  /** Router ids of the other HA groups in the same subnet. */
  routerIdsInSubnet: { id: number; groupName: string }[];
}

const check = (id: ReviewCheckId, label: string, status: ReviewCheck['status'], detail: string): ReviewCheck => ({ id, label, status, detail });

function rolesCheck(input: ReviewInput): ReviewCheck {
  const count = (role: ReviewMember['role']) => input.members.filter((m) => m.role === role).length;
  const names = input.members.map((m) => m.serverName);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  const label = 'Roles';
  if (twice) return check('roles', label, 'fail', `${twice} is chosen twice; each server can have one role.`);
  if (input.mode === 'ha') {
    if (count('active') !== 1) return check('roles', label, 'fail', 'Choose exactly one active server.');
    if (count('standby') < 1) return check('roles', label, 'fail', 'Choose at least one standby server.');
    return check('roles', label, 'pass', `1 active and ${count('standby')} standby server(s).`);
  }
  if (count('director') !== 2) return check('roles', label, 'fail', 'Choose exactly two LVS directors (active and standby).');
  if (count('backend') < 2) return check('roles', label, 'fail', 'Choose at least two real servers behind the directors.');
  return check('roles', label, 'pass', `2 directors and ${count('backend')} real servers.`);
}

function sameSubnetCheck(input: ReviewInput): ReviewCheck {
  const outside = input.members.filter((m) => m.nicNetworkId !== input.vip.networkId);
  if (outside.length === 0) return check('same-subnet', 'Same subnet', 'pass', `Every chosen NIC is in ${input.vip.subnetName}, the VIP's subnet.`);
  const list = outside.map((m) => `${m.serverName} (${m.nicSubnetName})`).join(', ');
  return check('same-subnet', 'Same subnet', 'fail', `${list}: a virtual IP can be bound only to NICs in its own subnet (${input.vip.subnetName}).`);
}

/** Every member's NIC needs the check off: VRRP nodes to answer for the VIP, real servers to reply from it. */
function sourceDestCheck(input: ReviewInput): ReviewCheck {
  const on = input.members.filter((m) => m.sourceDestCheckOn).map((m) => m.serverName);
  const label = 'Source/destination check';
  if (on.length === 0) return check('source-dest-check', label, 'pass', 'Already off on every chosen NIC.');
  return check('source-dest-check', label, 'warn', `On for ${on.join(', ')}: Apply turns it off on ${on.length === 1 ? 'that NIC' : 'each of those NICs'}.`);
}

function severalNicsCheck(input: ReviewInput): ReviewCheck {
  const several = input.members.filter((m) => m.nicsInVipSubnet > 1).map((m) => m.serverName);
  const label = 'One NIC per server in the subnet';
  if (several.length === 0) return check('several-nics', label, 'pass', 'No chosen server has several NICs in the subnet.');
  return check('several-nics', label, 'warn', `${several.join(', ')} ${several.length === 1 ? 'has' : 'have'} several NICs in ${input.vip.subnetName}: VIP traffic may fail through route conflicts.`);
}

function serversPerVipCheck(input: ReviewInput): ReviewCheck {
  const bound = input.mode === 'ha' ? input.members.length : input.members.filter((m) => m.role === 'director').length;
  const total = bound + input.otherBoundServers;
  const label = `At most ${MAX_SERVERS_PER_VIP} servers on the VIP`;
  if (total <= MAX_SERVERS_PER_VIP) return check('servers-per-vip', label, 'pass', `${input.vip.ip} will be bound to ${total} server(s).`);
  return check('servers-per-vip', label, 'warn', `${input.vip.ip} would be bound to ${total} servers; Huawei recommends at most ${MAX_SERVERS_PER_VIP}.`);
}

function vipsPerServerCheck(input: ReviewInput): ReviewCheck {
  const over = input.members.filter((m) => m.otherVipCount + 1 > MAX_VIPS_PER_SERVER).map((m) => m.serverName);
  const label = `At most ${MAX_VIPS_PER_SERVER} VIPs per server`;
  if (over.length === 0) return check('vips-per-server', label, 'pass', 'No chosen server goes over the limit.');
  return check('vips-per-server', label, 'warn', `${over.join(', ')} would have more than ${MAX_VIPS_PER_SERVER} virtual IPs.`);
}

function forwardingCheck(input: ReviewInput): ReviewCheck {
  const standbys = input.members.filter((m) => m.role === 'standby').map((m) => m.serverName);
  const label = 'IP forwarding off on standbys';
  if (standbys.length === 0) return check('standby-forwarding', label, 'pass', 'No standby servers in this mode.');
  return check('standby-forwarding', label, 'warn', `Run the generated standby-sysctl.sh (net.ipv4.ip_forward = 0) on ${standbys.join(', ')}.`);
}

/**
 * VRRP nodes need distinct priorities in 1..254, the active node the highest (keepalived makes the
 * highest priority MASTER), and it should lead the rest by at least 50.
 */
function prioritiesCheck(input: ReviewInput): ReviewCheck {
  const nodes = input.members.filter((m) => m.role !== 'backend');
  const label = 'Distinct priorities';
  const bad = nodes.find((m) => !Number.isInteger(m.priority) || m.priority < 1 || m.priority > 254);
  if (bad) return check('priorities', label, 'fail', `${bad.serverName} has priority ${bad.priority}; use a whole number from 1 to 254.`);
  const seen = new Map<number, string>();
  for (const m of nodes) {
    const other = seen.get(m.priority);
    if (other) return check('priorities', label, 'fail', `${other} and ${m.serverName} both have priority ${m.priority}; give each node its own.`);
    seen.set(m.priority, m.serverName);
  }
  const active = nodes.find((m) => m.role === 'active');
  const outranking = active && nodes.find((m) => m !== active && m.priority > active.priority);
  if (active && outranking) {
    return check(
      'priorities',
      label,
      'fail',
      `${outranking.serverName} (standby, ${outranking.priority}) outranks the active ${active.serverName} (${active.priority}): keepalived would make the standby MASTER. Give the active server the highest priority.`,
    );
  }
  const sorted = [...nodes].sort((a, b) => b.priority - a.priority);
  if (sorted.length > 1 && sorted[0].priority - sorted[1].priority < 50) {
    return check('priorities', label, 'warn', `${sorted[0].serverName} leads ${sorted[1].serverName} by ${sorted[0].priority - sorted[1].priority}; a lead of 50 or more is recommended.`);
  }
  return check('priorities', label, 'pass', nodes.map((m) => `${m.serverName} ${m.priority}`).join(', ') + '.');
}

function routerIdCheck(input: ReviewInput): ReviewCheck {
  const label = 'Unique virtual_router_id';
  const id = input.virtualRouterId;
  if (!Number.isInteger(id) || id < 1 || id > 255) return check('router-id', label, 'fail', `virtual_router_id ${id} is out of range; use 1 to 255.`);
  const clash = input.routerIdsInSubnet.find((r) => r.id === id);
  if (clash) return check('router-id', label, 'fail', `HA group ${clash.groupName} in ${input.vip.subnetName} already uses virtual_router_id ${id}; choose another.`);
  return check('router-id', label, 'pass', `virtual_router_id ${id} is free in ${input.vip.subnetName}.`);
}

/** Every check of the wizard's review step, in the order the wizard shows them. */
export function reviewHaSetup(input: ReviewInput): ReviewCheck[] {
  return [
    rolesCheck(input),
    sameSubnetCheck(input),
    sourceDestCheck(input),
    severalNicsCheck(input),
    serversPerVipCheck(input),
    vipsPerServerCheck(input),
    forwardingCheck(input),
    prioritiesCheck(input),
    routerIdCheck(input),
  ];
}

export function reviewBlocksApply(checks: readonly ReviewCheck[]): boolean {
  return checks.some((c) => c.status === 'fail');
}

/** A router id no other group in the subnet uses: from 51 up (keepalived's customary start), then below. */
export function freeRouterId(used: readonly number[]): number | null {
  for (let id = 51; id <= 255; id++) if (!used.includes(id)) return id;
  for (let id = 1; id < 51; id++) if (!used.includes(id)) return id;
  return null;
}

/** Default priorities: the active node 150, then 100, 90, 80 ... for the standbys. */
export function defaultPriorities(nodes: number): number[] {
  return Array.from({ length: nodes }, (_, i) => (i === 0 ? 150 : Math.max(1, 110 - 10 * i)));
}
