import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import type { HaMode, HaRole } from '../../contract';
import { numberText } from '../../components/problem-text';
import { NUMBER_RULES } from '../../domain';

export const STEPS = ['mode', 'network', 'vip', 'servers', 'internet', 'review', 'apply', 'config'] as const;
export type StepKey = (typeof STEPS)[number];

export const STEP_LABELS: Record<StepKey, MessageDescriptor> = {
  mode: msg`Mode`,
  network: msg`Network`,
  vip: msg`Virtual IP`,
  servers: msg`Servers`,
  internet: msg`Internet access`,
  review: msg`Review`,
  apply: msg`Apply`,
  config: msg({ context: 'wizard step', message: 'Configuration' }),
};

export type Scheduler = 'rr' | 'wrr' | 'lc' | 'wlc';

/**
 * A number field as the user left it: a number, or the text of an unfinished or empty entry ("", "-").
 * Never clamped or replaced by a default: a value out of range is shown with its error and blocks Next.
 */
export type NumberEntry = number | string;

export interface WizardMember {
  serverId: string;
  portId: string;
  role: HaRole;
  priority: NumberEntry;
}

/** Everything the wizard has chosen; it lives in the URL, so Back, reload and a shared link keep it. */
export interface WizardState {
  step: StepKey;
  mode: HaMode | null;
  vpcId: string;
  subnetId: string;
  /** A VIP port id, "new", or "" (not chosen). */
  vip: string;
  /** For a new VIP: the address asked for; "" = automatic (first free). */
  vipIp: string;
  members: WizardMember[];
  port: NumberEntry;
  scheduler: Scheduler;
  persistence: NumberEntry;
  /** "tcp", or the HTTP check's path (starts with "/"). */
  check: string;
  /** "none", "new", or an EIP id. */
  eip: string;
  eipName: string;
  bandwidth: NumberEntry;
  name: string;
  /** null until chosen: the wizard proposes a free one. */
  vrid: NumberEntry | null;
  preempt: boolean;
  /** keepalived's health check command; "" = the default for the mode. */
  command: string;
  /** The group being applied, once saved. */
  groupId: string;
}

export const DEFAULTS: WizardState = {
  step: 'mode',
  mode: null,
  vpcId: '',
  subnetId: '',
  vip: '',
  vipIp: '',
  members: [],
  port: 80,
  scheduler: 'wrr',
  persistence: 0,
  check: 'tcp',
  eip: 'none',
  eipName: '',
  bandwidth: 5,
  name: '',
  vrid: null,
  preempt: true,
  command: '',
  groupId: '',
};

/** An absolute command without quotes or backslashes (it is written inside "..." in keepalived.conf). */
export const COMMAND_PATTERN = /^\/[^"\\\n]{0,199}$/;

const ROLES: readonly HaRole[] = ['active', 'standby', 'director', 'backend'];
const SCHEDULERS: readonly Scheduler[] = ['rr', 'wrr', 'lc', 'wlc'];
/** A number field from the URL, as it was left: a number when the text is one, else the text itself. */
const entry = (text: string | null, fallback: NumberEntry): NumberEntry => {
  if (text === null) return fallback;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};

/**
 * Reads the wizard's state from the URL; an unknown choice falls back to the default. Numbers are kept
 * as written, even out of range, so the step shows them with their error instead of another value.
 */
export function parseWizard(params: URLSearchParams): WizardState {
  const step = params.get('step') as StepKey | null;
  const mode = params.get('mode');
  const members = params
    .getAll('m')
    .map((text) => text.split('~'))
    .filter((parts) => parts.length === 4 && ROLES.includes(parts[2] as HaRole))
    .map(([serverId, portId, role, priority]) => ({ serverId, portId, role: role as HaRole, priority: entry(priority, '') }));
  const scheduler = params.get('sched') as Scheduler | null;
  const check = params.get('check');
  return {
    step: step && STEPS.includes(step) ? step : DEFAULTS.step,
    mode: mode === 'ha' || mode === 'lvs-dr' ? mode : null,
    vpcId: params.get('vpc') ?? '',
    subnetId: params.get('subnet') ?? '',
    vip: params.get('vip') ?? '',
    vipIp: params.get('vipIp') ?? '',
    members: members.filter((m, i) => members.findIndex((o) => o.serverId === m.serverId) === i),
    port: entry(params.get('port'), DEFAULTS.port),
    scheduler: scheduler && SCHEDULERS.includes(scheduler) ? scheduler : DEFAULTS.scheduler,
    persistence: entry(params.get('persist'), DEFAULTS.persistence),
    check: check === 'tcp' || check?.startsWith('/') ? check : DEFAULTS.check,
    eip: params.get('eip') || DEFAULTS.eip,
    eipName: params.get('eipName') ?? '',
    bandwidth: entry(params.get('bw'), DEFAULTS.bandwidth),
    name: params.get('name') ?? '',
    vrid: params.has('vrid') ? entry(params.get('vrid'), '') : null,
    preempt: params.get('preempt') !== '0',
    command: params.get('cmd') ?? '',
    groupId: params.get('group') ?? '',
  };
}

/** The URL form of the state: only what differs from the defaults. */
export function wizardParams(s: WizardState): URLSearchParams {
  const p = new URLSearchParams();
  const put = (key: string, value: NumberEntry, fallback: NumberEntry) => value !== fallback && p.set(key, String(value));
  if (s.mode) p.set('mode', s.mode);
  p.set('step', s.step);
  put('vpc', s.vpcId, '');
  put('subnet', s.subnetId, '');
  put('vip', s.vip, '');
  if (s.vip === 'new') put('vipIp', s.vipIp, '');
  for (const m of s.members) p.append('m', [m.serverId, m.portId, m.role, m.priority].join('~'));
  if (s.mode === 'lvs-dr') {
    put('port', s.port, DEFAULTS.port);
    put('sched', s.scheduler, DEFAULTS.scheduler);
    put('persist', s.persistence, DEFAULTS.persistence);
    put('check', s.check, DEFAULTS.check);
  }
  put('eip', s.eip, DEFAULTS.eip);
  if (s.eip === 'new') {
    put('eipName', s.eipName, '');
    put('bw', s.bandwidth, DEFAULTS.bandwidth);
  }
  put('name', s.name, '');
  if (s.vrid !== null) p.set('vrid', String(s.vrid));
  if (!s.preempt) p.set('preempt', '0');
  put('cmd', s.command, '');
  put('group', s.groupId, '');
  return p;
}

/** Roles a server can take in a mode ("" = not in the group). */
export const rolesOf = (mode: HaMode): HaRole[] => (mode === 'ha' ? ['active', 'standby'] : ['director', 'backend']);

export const ROLE_LABELS: Record<HaRole, MessageDescriptor> = { active: msg`Active`, standby: msg`Standby`, director: msg`Director`, backend: msg`Real server` };

function freePriority(members: readonly WizardMember[], candidates: number[]): number {
  const used = new Set(members.map((m) => Number(m.priority)));
  const lowest = Math.min(...members.map((m) => Number(m.priority)).filter(Number.isFinite), 255);
  return candidates.find((p) => !used.has(p)) ?? Math.max(1, lowest - 1);
}

/**
 * Gives a server a role (or none, with role null). HA: a new active server makes the previous active one
 * a standby. LVS-DR: a third director is refused (the caller says why). New VRRP members get a free
 * default priority: 150 for the active node or first director, then 100, 90, 80 ...; real servers 0.
 */
export function assignRole(members: readonly WizardMember[], serverId: string, portId: string, role: HaRole | null): WizardMember[] {
  const others = members.filter((m) => m.serverId !== serverId);
  if (role === null) return others;
  const current = members.find((m) => m.serverId === serverId);
  if (current && current.role === role) return members.map((m) => (m.serverId === serverId ? { ...m, portId } : m));
  let next = others;
  if (role === 'active') next = others.map((m) => (m.role === 'active' ? { ...m, role: 'standby' as const } : m));
  const vrrp = next.filter((m) => m.role !== 'backend');
  let priority = 0;
  if (role === 'active' || role === 'director') {
    priority = vrrp.some((m) => Number(m.priority) === 150) ? freePriority(vrrp, [100, 90, 80, 70, 60, 50, 40, 30, 20, 10]) : 150;
  } else if (role === 'standby') {
    priority = freePriority(vrrp, [100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
  }
  const member = { serverId, portId, role, priority };
  const at = members.findIndex((m) => m.serverId === serverId);
  if (at === -1) return [...next, member];
  const out = [...next];
  out.splice(at, 0, member);
  return out;
}

/** The first refused number among the members' priorities and the LVS service's fields, or null. */
function numbersProblem(s: WizardState): string | null {
  for (const m of s.members) {
    const problem = m.role === 'backend' ? null : numberText(NUMBER_RULES.priority, m.priority);
    if (problem) return problem;
  }
  if (s.mode !== 'lvs-dr') return null;
  return numberText(NUMBER_RULES.servicePort, s.port) ?? numberText(NUMBER_RULES.persistenceTimeout, s.persistence);
}

/** Why Next is disabled on a step (null when it may go on), in the console's language. The review step's checks say the rest. */
export function blockerOf(s: WizardState, step: StepKey): string | null {
  const count = (role: HaRole) => s.members.filter((m) => m.role === role).length;
  switch (step) {
    case 'mode':
      return s.mode ? null : t`Choose a mode.`;
    case 'network':
      return !s.vpcId ? t`Choose a VPC.` : !s.subnetId ? t`Choose a subnet.` : null;
    case 'vip':
      return s.vip ? null : t`Choose a virtual IP, or assign a new one.`;
    case 'servers':
      if (s.mode === 'ha') {
        if (count('active') !== 1) return t`Choose one active server.`;
        if (count('standby') < 1) return t`Choose at least one standby server.`;
      } else {
        if (count('director') !== 2) return t`Choose two directors.`;
        if (count('backend') < 2) return t`Choose at least two real servers.`;
        if (s.check !== 'tcp' && !/^\/\S*$/.test(s.check)) return t`The HTTP check path starts with / and has no spaces.`;
      }
      if (s.command && !COMMAND_PATTERN.test(s.command)) return t`The health check is an absolute command (starting with /), without quotes or backslashes.`;
      return numbersProblem(s);
    case 'internet':
      if (s.eip !== 'new') return null;
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(s.eipName)) return t`Name the new EIP: 1 to 64 letters, digits, _, - and .`;
      return numberText(NUMBER_RULES.bandwidth, s.bandwidth);
    default:
      return null;
  }
}
