import { MAX_SERVERS_PER_VIP, MAX_VIPS_PER_SERVER } from '../rules/binding-rules';
import { reviewEnglish, reviewWording, type ReviewWording } from './review-texts';

/** The outcome of one check of the HA wizard's review step. A `fail` blocks Apply. */
export interface ReviewCheck {
  id: ReviewCheckId;
  /** English; `labelText` and `detailText` are the same as sentences a screen translates by key. */
  label: string;
  status: 'pass' | 'warn' | 'fail';
  detail: string;
  labelText: ReviewWording;
  detailText: ReviewWording;
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

type Status = ReviewCheck['status'];
type W = ReviewWording;

const check = (id: ReviewCheckId, label: W, status: Status, detail: W): ReviewCheck => ({
  id,
  label: reviewEnglish(label),
  status,
  detail: reviewEnglish(detail),
  labelText: label,
  detailText: detail,
});
const names = (list: readonly string[]) => list.join(', ');

function rolesCheck(input: ReviewInput): ReviewCheck {
  const count = (role: ReviewMember['role']) => input.members.filter((m) => m.role === role).length;
  const servers = input.members.map((m) => m.serverName);
  const twice = servers.find((n, i) => servers.indexOf(n) !== i);
  const label = reviewWording('label.roles');
  const fail = (detail: W) => check('roles', label, 'fail', detail);
  if (twice) return fail(reviewWording('roles.twice', { server: twice }));
  if (input.mode === 'ha') {
    if (count('active') !== 1) return fail(reviewWording('roles.oneActive'));
    if (count('standby') < 1) return fail(reviewWording('roles.standby'));
    return check('roles', label, 'pass', reviewWording('roles.haPass', { standbys: count('standby') }));
  }
  if (count('director') !== 2) return fail(reviewWording('roles.twoDirectors'));
  if (count('backend') < 2) return fail(reviewWording('roles.realServers'));
  return check('roles', label, 'pass', reviewWording('roles.lvsPass', { realServers: count('backend') }));
}

function sameSubnetCheck(input: ReviewInput): ReviewCheck {
  const outside = input.members.filter((m) => m.nicNetworkId !== input.vip.networkId);
  const label = reviewWording('label.sameSubnet');
  const subnet = input.vip.subnetName;
  if (outside.length === 0) return check('same-subnet', label, 'pass', reviewWording('sameSubnet.pass', { subnet }));
  const servers = names(outside.map((m) => `${m.serverName} (${m.nicSubnetName})`));
  return check('same-subnet', label, 'fail', reviewWording('sameSubnet.fail', { servers, subnet }));
}

/** Every member's NIC needs the check off: VRRP nodes to answer for the VIP, real servers to reply from it. */
function sourceDestCheck(input: ReviewInput): ReviewCheck {
  const on = input.members.filter((m) => m.sourceDestCheckOn).map((m) => m.serverName);
  const label = reviewWording('label.sourceDestCheck');
  if (on.length === 0) return check('source-dest-check', label, 'pass', reviewWording('check.pass'));
  return check('source-dest-check', label, 'warn', reviewWording('check.warn', { servers: names(on), count: on.length }));
}

function severalNicsCheck(input: ReviewInput): ReviewCheck {
  const several = input.members.filter((m) => m.nicsInVipSubnet > 1).map((m) => m.serverName);
  const label = reviewWording('label.severalNics');
  if (several.length === 0) return check('several-nics', label, 'pass', reviewWording('severalNics.pass'));
  return check('several-nics', label, 'warn', reviewWording('severalNics.warn', { servers: names(several), count: several.length, subnet: input.vip.subnetName }));
}

function serversPerVipCheck(input: ReviewInput): ReviewCheck {
  const bound = input.mode === 'ha' ? input.members.length : input.members.filter((m) => m.role === 'director').length;
  const count = bound + input.otherBoundServers;
  const label = reviewWording('label.serversPerVip', { max: MAX_SERVERS_PER_VIP });
  const vip = input.vip.ip;
  if (count <= MAX_SERVERS_PER_VIP) return check('servers-per-vip', label, 'pass', reviewWording('serversPerVip.pass', { vip, count }));
  return check('servers-per-vip', label, 'warn', reviewWording('serversPerVip.warn', { vip, count, max: MAX_SERVERS_PER_VIP }));
}

function vipsPerServerCheck(input: ReviewInput): ReviewCheck {
  const over = input.members.filter((m) => m.otherVipCount + 1 > MAX_VIPS_PER_SERVER).map((m) => m.serverName);
  const label = reviewWording('label.vipsPerServer', { max: MAX_VIPS_PER_SERVER });
  if (over.length === 0) return check('vips-per-server', label, 'pass', reviewWording('vipsPerServer.pass'));
  return check('vips-per-server', label, 'warn', reviewWording('vipsPerServer.warn', { servers: names(over), max: MAX_VIPS_PER_SERVER }));
}

function forwardingCheck(input: ReviewInput): ReviewCheck {
  const standbys = input.members.filter((m) => m.role === 'standby').map((m) => m.serverName);
  const label = reviewWording('label.forwarding');
  if (standbys.length === 0) return check('standby-forwarding', label, 'pass', reviewWording('forwarding.pass'));
  return check('standby-forwarding', label, 'warn', reviewWording('forwarding.warn', { servers: names(standbys) }));
}

/**
 * VRRP nodes need distinct priorities in 1..254, the active node the highest (keepalived makes the
 * highest priority MASTER), and it should lead the rest by at least 50.
 */
function prioritiesCheck(input: ReviewInput): ReviewCheck {
  const nodes = input.members.filter((m) => m.role !== 'backend');
  const label = reviewWording('label.priorities');
  const fail = (detail: W) => check('priorities', label, 'fail', detail);
  const bad = nodes.find((m) => !Number.isInteger(m.priority) || m.priority < 1 || m.priority > 254);
  if (bad) return fail(reviewWording('priorities.range', { server: bad.serverName, priority: bad.priority }));
  const seen = new Map<number, string>();
  for (const m of nodes) {
    const other = seen.get(m.priority);
    if (other) return fail(reviewWording('priorities.same', { first: other, second: m.serverName, priority: m.priority }));
    seen.set(m.priority, m.serverName);
  }
  const active = nodes.find((m) => m.role === 'active');
  const outranking = active && nodes.find((m) => m !== active && m.priority > active.priority);
  if (active && outranking) {
    return fail(
      reviewWording('priorities.outranked', {
        standby: outranking.serverName,
        standbyPriority: outranking.priority,
        active: active.serverName,
        activePriority: active.priority,
      }),
    );
  }
  const sorted = [...nodes].sort((a, b) => b.priority - a.priority);
  if (sorted.length > 1 && sorted[0].priority - sorted[1].priority < 50) {
    const lead = sorted[0].priority - sorted[1].priority;
    return check('priorities', label, 'warn', reviewWording('priorities.lead', { first: sorted[0].serverName, second: sorted[1].serverName, lead }));
  }
  return check('priorities', label, 'pass', reviewWording('priorities.pass', { list: names(nodes.map((m) => `${m.serverName} ${m.priority}`)) }));
}

function routerIdCheck(input: ReviewInput): ReviewCheck {
  const label = reviewWording('label.routerId');
  const id = input.virtualRouterId;
  const subnet = input.vip.subnetName;
  if (!Number.isInteger(id) || id < 1 || id > 255) return check('router-id', label, 'fail', reviewWording('routerId.range', { id }));
  const clash = input.routerIdsInSubnet.find((r) => r.id === id);
  if (clash) return check('router-id', label, 'fail', reviewWording('routerId.taken', { group: clash.groupName, subnet, id }));
  return check('router-id', label, 'pass', reviewWording('routerId.pass', { id, subnet }));
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
