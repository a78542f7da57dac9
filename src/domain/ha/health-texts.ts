import { wordings, type Wording } from '../text';

const directors = (n: number) => `${n} LVS ${n === 1 ? 'director' : 'directors'}`;
const nodes = (n: number) => `${n} keepalived ${n === 1 ? 'node' : 'nodes'}`;

/**
 * The English of an HA group's health (domain `groupHealth`): each member's verdict and fix, the
 * group's label and what it lacks, by stable key. `cannot` is itself a sentence (`cannot.*`): what a
 * keepalived node or a real server can no longer do; `status` an ECS status (`status.*` when known). The group pages translate by key
 * (src/features/ha-groups/health-text.ts).
 */
export const HEALTH_TEMPLATES = {
  'cannot.holdVip': () => 'cannot hold the VIP',
  'cannot.serve': () => 'cannot serve requests',
  'status.BUILD': () => 'BUILD',
  'status.ERROR': () => 'ERROR',

  'verdict.deleted': (v: { cannot: string }) => `Deleted: ${v.cannot}`,
  'verdict.nicGone': (v: { cannot: string }) => `NIC gone: ${v.cannot}`,
  'verdict.stopped': (v: { cannot: string }) => `Stopped: ${v.cannot}`,
  'verdict.notRunning': (v: { status: string; cannot: string }) => `${v.status}: ${v.cannot}`,
  'verdict.unbound': () => 'Not bound: cannot hold the VIP',
  'verdict.checkOn': (v: { cannot: string }) => `Check on: ${v.cannot}`,
  'verdict.checking': () => 'Checking…',
  'verdict.holdsVip': () => 'Can hold the VIP',
  'verdict.serves': () => 'Serves requests (VIP on lo)',

  'fix.deleted': (v: { name: string }) => `${v.name} was deleted: edit the members to replace it, or delete the group.`,
  'fix.nicGone': (v: { name: string }) => `The member NIC of ${v.name} no longer exists: edit the members to choose another NIC.`,
  'fix.stopped': (v: { name: string; cannot: string }) => `${v.name} is stopped, so it ${v.cannot}: start it.`,
  'fix.notRunning': (v: { name: string; status: string; cannot: string }) => `${v.name} is ${v.status}, not running, so it ${v.cannot}.`,
  'fix.unbound': (v: { name: string; ip: string }) =>
    `The NIC ${v.ip} of ${v.name} is not bound to the VIP, so the network drops the VIP's traffic to it: Retry the setup, or bind the VIP to it again.`,
  'fix.checkOn': (v: { name: string; ip: string }) =>
    `The source/destination check of ${v.name}'s NIC ${v.ip} is on, so the VIP's traffic is dropped there: turn the check off.`,

  'group.noActive': (v: { group: string; vip: string }) => `${v.group} has no active member: edit the members and choose the server that should hold ${v.vip}.`,
  'group.noStandby': (v: { group: string; vip: string }) =>
    `${v.group} has no standby member, so nothing takes over ${v.vip}: edit the members and add a standby.`,
  'group.directors': (v: { group: string; count: number }) => `${v.group} has ${directors(v.count)} and needs 2: edit the members and add a director.`,
  'group.noRealServer': (v: { group: string }) => `${v.group} has no real server to send requests to: edit the members and add one.`,
  'group.fewNodes': (v: { group: string; count: number }) => `${v.group} has ${nodes(v.count)}; failover needs at least 2: edit the members.`,
  'group.setupUnfinished': (v: { group: string }) => `The setup of ${v.group} did not finish: Retry it (nothing is done twice) or Undo it.`,
  'group.markedIncomplete': (v: { group: string }) =>
    `${v.group} is marked incomplete (a member was removed, e.g. its server deleted): check the members, then edit them to save the group again.`,

  'label.complete': () => 'Complete',
  'label.degraded': () => 'Degraded',
  'label.incomplete': () => 'Incomplete',
  'label.checking': () => 'Checking…',
} as const;

export type HealthTextKey = keyof typeof HEALTH_TEMPLATES;
export type HealthWording = Wording<HealthTextKey>;

export const { word: healthWording, english: healthEnglish } = wordings(HEALTH_TEMPLATES);
