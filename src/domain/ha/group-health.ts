/**
 * Whether an HA group can do its job right now, from what the cloud says of each member: its server
 * (running, stopped, deleted), its NIC (in the VIP's pairs, check on or off). The HA group page, the
 * group list and the configuration tab read this one verdict; nothing else recomputes it.
 */

export type MemberRole = 'active' | 'standby' | 'director' | 'backend';

export interface HealthMember {
  serverId: string;
  /** The server's name, or its id when it could not be read. */
  name: string;
  role: MemberRole;
  priority: number;
  /** ECS status (`ACTIVE`, `SHUTOFF`, ...); `deleted` when the server is gone; `unknown` while it is read. */
  server: string;
  /** The member NIC; `deleted` when the port is gone; `unknown` while it is read. */
  nic: { ip: string; checkOn: boolean } | 'deleted' | 'unknown';
  /** The NIC's address is in the VIP's allowed-address pairs (meaningless for real servers). */
  inVipPairs: boolean;
}

export interface HealthInput {
  name: string;
  mode: 'ha' | 'lvs-dr';
  /** The backend's own flag: `incomplete` while the wizard's steps are not all applied. */
  status: 'complete' | 'incomplete';
  /** The wizard's steps are saved, so Retry / Undo can finish the setup. */
  hasApplyPlan: boolean;
  vipIp: string;
  members: HealthMember[];
}

export type MemberState = 'ok' | 'stopped' | 'deleted' | 'nic-missing' | 'unbound' | 'check-on' | 'not-running' | 'unknown';

export interface MemberVerdict {
  serverId: string;
  name: string;
  role: MemberRole;
  /** As given: the ECS status, `deleted` or `unknown`. */
  server: string;
  state: MemberState;
  /** Keepalived nodes: can it hold the VIP? Real servers: can it serve? `null` while facts load. */
  ok: boolean | null;
  /** Short, for a table cell: "Can hold the VIP", "Stopped: cannot hold the VIP". */
  verdict: string;
  /** What is wrong and what to do, naming the member; empty when nothing is. */
  fix: string;
}

export interface GroupProblem {
  /** The member it is about, when it is about one. */
  serverId?: string;
  message: string;
}

/**
 * `complete`: every member can do its part. `degraded`: the group has all its members but some cannot
 * act now (stopped, check on). `incomplete`: a member or binding is missing, so failover and the
 * generated configuration would be wrong. `checking`: facts are still loading and nothing is wrong yet.
 */
export type GroupState = 'complete' | 'degraded' | 'incomplete' | 'checking';

export interface GroupHealth {
  state: GroupState;
  label: string;
  members: MemberVerdict[];
  problems: GroupProblem[];
}

const KEEPALIVED_ROLES: readonly MemberRole[] = ['active', 'standby', 'director'];
export const holdsVrrp = (role: MemberRole) => KEEPALIVED_ROLES.includes(role);

function memberVerdict(m: HealthMember): MemberVerdict {
  const vrrp = holdsVrrp(m.role);
  const cannot = vrrp ? 'cannot hold the VIP' : 'cannot serve requests';
  const base = { serverId: m.serverId, name: m.name, role: m.role, server: m.server };
  const bad = (state: MemberState, verdict: string, fix: string): MemberVerdict => ({ ...base, state, ok: false, verdict, fix });
  if (m.server === 'deleted') return bad('deleted', `Deleted: ${cannot}`, `${m.name} was deleted: edit the members to replace it, or delete the group.`);
  if (m.nic === 'deleted') return bad('nic-missing', `NIC gone: ${cannot}`, `The member NIC of ${m.name} no longer exists: edit the members to choose another NIC.`);
  if (m.server === 'SHUTOFF') return bad('stopped', `Stopped: ${cannot}`, `${m.name} is stopped, so it ${cannot}: start it.`);
  if (m.server !== 'unknown' && m.server !== 'ACTIVE') return bad('not-running', `${m.server}: ${cannot}`, `${m.name} is ${m.server}, not running, so it ${cannot}.`);
  if (m.nic !== 'unknown' && vrrp && !m.inVipPairs) {
    return bad('unbound', 'Not bound: cannot hold the VIP', `The NIC ${m.nic.ip} of ${m.name} is not bound to the VIP, so the network drops the VIP's traffic to it: Retry the setup, or bind the VIP to it again.`);
  }
  if (m.nic !== 'unknown' && m.nic.checkOn) {
    return bad('check-on', `Check on: ${cannot}`, `The source/destination check of ${m.name}'s NIC ${m.nic.ip} is on, so the VIP's traffic is dropped there: turn the check off.`);
  }
  if (m.server === 'unknown' || m.nic === 'unknown') return { ...base, state: 'unknown', ok: null, verdict: 'Checking…', fix: '' };
  return { ...base, state: 'ok', ok: true, verdict: vrrp ? 'Can hold the VIP' : 'Serves requests (VIP on lo)', fix: '' };
}

/** What the group as a whole lacks: the roles its mode needs, at least two keepalived nodes. */
function structureProblems(input: HealthInput): string[] {
  const count = (role: MemberRole) => input.members.filter((m) => m.role === role).length;
  const nodes = input.members.filter((m) => holdsVrrp(m.role));
  const out: string[] = [];
  if (input.mode === 'ha' && count('active') === 0) out.push(`${input.name} has no active member: edit the members and choose the server that should hold ${input.vipIp}.`);
  if (input.mode === 'ha' && count('standby') === 0) out.push(`${input.name} has no standby member, so nothing takes over ${input.vipIp}: edit the members and add a standby.`);
  if (input.mode === 'lvs-dr' && count('director') < 2) out.push(`${input.name} has ${count('director')} LVS director(s) and needs 2: edit the members and add a director.`);
  if (input.mode === 'lvs-dr' && count('backend') === 0) out.push(`${input.name} has no real server to send requests to: edit the members and add one.`);
  if (nodes.length < 2 && !out.length) out.push(`${input.name} has ${nodes.length} keepalived node(s); failover needs at least 2: edit the members.`);
  return out;
}

export function groupHealth(input: HealthInput): GroupHealth {
  const members = input.members.map(memberVerdict);
  const structure = structureProblems(input);
  const problems: GroupProblem[] = [
    ...structure.map((message) => ({ message })),
    ...members.filter((m) => m.ok === false).map((m) => ({ serverId: m.serverId, message: m.fix })),
  ];
  if (input.status === 'incomplete' && input.hasApplyPlan) {
    problems.push({ message: `The setup of ${input.name} did not finish: Retry it (nothing is done twice) or Undo it.` });
  } else if (input.status === 'incomplete' && problems.length === 0) {
    problems.push({ message: `${input.name} is marked incomplete (a member was removed, e.g. its server deleted): check the members, then edit them to save the group again.` });
  }
  const missing = new Set<MemberState>(['deleted', 'nic-missing', 'unbound']);
  const incomplete = input.status === 'incomplete' || structure.length > 0 || members.some((m) => missing.has(m.state));
  const state: GroupState = incomplete ? 'incomplete' : problems.length > 0 ? 'degraded' : members.some((m) => m.ok === null) ? 'checking' : 'complete';
  const LABELS: Record<GroupState, string> = { complete: 'Complete', degraded: 'Degraded', incomplete: 'Incomplete', checking: 'Checking…' };
  return { state, label: LABELS[state], members, problems };
}
