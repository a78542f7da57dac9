/**
 * Whether an HA group can do its job right now, from what the cloud says of each member: its server
 * (running, stopped, deleted), its NIC (in the VIP's pairs, check on or off). The HA group page, the
 * group list and the configuration tab read this one verdict; nothing else recomputes it.
 */

import { healthEnglish, healthWording, type HealthTextKey, type HealthWording } from './health-texts';

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
  /** Short, for a table cell: "Can hold the VIP", "Stopped: cannot hold the VIP" (English; `verdictText` by key). */
  verdict: string;
  verdictText: HealthWording;
  /** What is wrong and what to do, naming the member; empty (and `fixText` null) when nothing is. */
  fix: string;
  fixText: HealthWording | null;
}

export interface GroupProblem {
  /** The member it is about, when it is about one. */
  serverId?: string;
  message: string;
  text: HealthWording;
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
  labelText: HealthWording;
  members: MemberVerdict[];
  problems: GroupProblem[];
}

const KEEPALIVED_ROLES: readonly MemberRole[] = ['active', 'standby', 'director'];
export const holdsVrrp = (role: MemberRole) => KEEPALIVED_ROLES.includes(role);

const problem = (text: HealthWording, serverId?: string): GroupProblem => ({ ...(serverId ? { serverId } : {}), message: healthEnglish(text), text });

function memberVerdict(m: HealthMember): MemberVerdict {
  const cannot = healthWording(holdsVrrp(m.role) ? 'cannot.holdVip' : 'cannot.serve');
  const name = m.name;
  const base = { serverId: m.serverId, name, role: m.role, server: m.server };
  const verdict = (state: MemberState, ok: boolean | null, verdictText: HealthWording, fixText: HealthWording | null = null): MemberVerdict => ({
    ...base,
    state,
    ok,
    verdict: healthEnglish(verdictText),
    verdictText,
    fix: fixText ? healthEnglish(fixText) : '',
    fixText,
  });
  const bad = (state: MemberState, verdictText: HealthWording, fixText: HealthWording) => verdict(state, false, verdictText, fixText);
  if (m.server === 'deleted') return bad('deleted', healthWording('verdict.deleted', { cannot }), healthWording('fix.deleted', { name }));
  if (m.nic === 'deleted') return bad('nic-missing', healthWording('verdict.nicGone', { cannot }), healthWording('fix.nicGone', { name }));
  if (m.server === 'SHUTOFF') return bad('stopped', healthWording('verdict.stopped', { cannot }), healthWording('fix.stopped', { name, cannot }));
  if (m.server !== 'unknown' && m.server !== 'ACTIVE') {
    const status = m.server === 'BUILD' || m.server === 'ERROR' ? healthWording(`status.${m.server}`) : m.server;
    return bad('not-running', healthWording('verdict.notRunning', { status, cannot }), healthWording('fix.notRunning', { name, status, cannot }));
  }
  if (m.nic !== 'unknown' && holdsVrrp(m.role) && !m.inVipPairs) {
    return bad('unbound', healthWording('verdict.unbound'), healthWording('fix.unbound', { name, ip: m.nic.ip }));
  }
  if (m.nic !== 'unknown' && m.nic.checkOn) return bad('check-on', healthWording('verdict.checkOn', { cannot }), healthWording('fix.checkOn', { name, ip: m.nic.ip }));
  if (m.server === 'unknown' || m.nic === 'unknown') return verdict('unknown', null, healthWording('verdict.checking'));
  return verdict('ok', true, healthWording(holdsVrrp(m.role) ? 'verdict.holdsVip' : 'verdict.serves'));
}

/** What the group as a whole lacks: the roles its mode needs, at least two keepalived nodes. */
function structureProblems(input: HealthInput): HealthWording[] {
  const count = (role: MemberRole) => input.members.filter((m) => m.role === role).length;
  const nodes = input.members.filter((m) => holdsVrrp(m.role));
  const group = input.name;
  const vip = input.vipIp;
  const out: HealthWording[] = [];
  if (input.mode === 'ha' && count('active') === 0) out.push(healthWording('group.noActive', { group, vip }));
  if (input.mode === 'ha' && count('standby') === 0) out.push(healthWording('group.noStandby', { group, vip }));
  if (input.mode === 'lvs-dr' && count('director') < 2) out.push(healthWording('group.directors', { group, count: count('director') }));
  if (input.mode === 'lvs-dr' && count('backend') === 0) out.push(healthWording('group.noRealServer', { group }));
  if (nodes.length < 2 && !out.length) out.push(healthWording('group.fewNodes', { group, count: nodes.length }));
  return out;
}

const LABELS = {
  complete: 'label.complete',
  degraded: 'label.degraded',
  incomplete: 'label.incomplete',
  checking: 'label.checking',
} as const satisfies Record<GroupState, HealthTextKey>;

export function groupHealth(input: HealthInput): GroupHealth {
  const members = input.members.map(memberVerdict);
  const structure = structureProblems(input);
  const problems: GroupProblem[] = [
    ...structure.map((text) => problem(text)),
    ...members.flatMap((m) => (m.ok === false && m.fixText ? [problem(m.fixText, m.serverId)] : [])),
  ];
  const group = input.name;
  if (input.status === 'incomplete' && input.hasApplyPlan) {
    problems.push(problem(healthWording('group.setupUnfinished', { group })));
  } else if (input.status === 'incomplete' && problems.length === 0) {
    problems.push(problem(healthWording('group.markedIncomplete', { group })));
  }
  const missing = new Set<MemberState>(['deleted', 'nic-missing', 'unbound']);
  const incomplete = input.status === 'incomplete' || structure.length > 0 || members.some((m) => missing.has(m.state));
  const state: GroupState = incomplete ? 'incomplete' : problems.length > 0 ? 'degraded' : members.some((m) => m.ok === null) ? 'checking' : 'complete';
  const labelText = healthWording(LABELS[state]);
  return { state, label: healthEnglish(labelText), labelText, members, problems };
}
