import { wordings, type Wording } from '../text';

const verb = (count: number, one: string, other: string) => (count === 1 ? one : other);

/**
 * The English of the HA wizard's review checks (their titles `label.*` and their findings), by stable
 * key; the wizard translates by key (src/features/ha-wizard/review-text.ts).
 */
export const REVIEW_TEMPLATES = {
  'label.roles': () => 'Roles',
  'label.sameSubnet': () => 'Same subnet',
  'label.sourceDestCheck': () => 'Source/destination check',
  'label.severalNics': () => 'One NIC per server in the subnet',
  'label.serversPerVip': (v: { max: number }) => `At most ${v.max} servers on the VIP`,
  'label.vipsPerServer': (v: { max: number }) => `At most ${v.max} VIPs per server`,
  'label.forwarding': () => 'IP forwarding off on standbys',
  'label.priorities': () => 'Distinct priorities',
  'label.routerId': () => 'Unique virtual_router_id',

  'roles.twice': (v: { server: string }) => `${v.server} is chosen twice; each server can have one role.`,
  'roles.oneActive': () => 'Choose exactly one active server.',
  'roles.standby': () => 'Choose at least one standby server.',
  'roles.haPass': (v: { standbys: number }) => `1 active and ${v.standbys} standby server(s).`,
  'roles.twoDirectors': () => 'Choose exactly two LVS directors (active and standby).',
  'roles.realServers': () => 'Choose at least two real servers behind the directors.',
  'roles.lvsPass': (v: { realServers: number }) => `2 directors and ${v.realServers} real servers.`,

  'sameSubnet.pass': (v: { subnet: string }) => `Every chosen NIC is in ${v.subnet}, the VIP's subnet.`,
  'sameSubnet.fail': (v: { servers: string; subnet: string }) => `${v.servers}: a virtual IP can be bound only to NICs in its own subnet (${v.subnet}).`,
  'check.pass': () => 'Already off on every chosen NIC.',
  'check.warn': (v: { servers: string; count: number }) => `On for ${v.servers}: Apply turns it off on ${verb(v.count, 'that NIC', 'each of those NICs')}.`,
  'severalNics.pass': () => 'No chosen server has several NICs in the subnet.',
  'severalNics.warn': (v: { servers: string; count: number; subnet: string }) =>
    `${v.servers} ${verb(v.count, 'has', 'have')} several NICs in ${v.subnet}: VIP traffic may fail through route conflicts.`,
  'serversPerVip.pass': (v: { vip: string; count: number }) => `${v.vip} will be bound to ${v.count} server(s).`,
  'serversPerVip.warn': (v: { vip: string; count: number; max: number }) => `${v.vip} would be bound to ${v.count} servers; Huawei recommends at most ${v.max}.`,
  'vipsPerServer.pass': () => 'No chosen server goes over the limit.',
  'vipsPerServer.warn': (v: { servers: string; max: number }) => `${v.servers} would have more than ${v.max} virtual IPs.`,
  'forwarding.pass': () => 'No standby servers in this mode.',
  'forwarding.warn': (v: { servers: string }) => `Run the generated standby-sysctl.sh (net.ipv4.ip_forward = 0) on ${v.servers}.`,
  'priorities.range': (v: { server: string; priority: number }) => `${v.server} has priority ${v.priority}; use a whole number from 1 to 254.`,
  'priorities.same': (v: { first: string; second: string; priority: number }) => `${v.first} and ${v.second} both have priority ${v.priority}; give each node its own.`,
  'priorities.outranked': (v: { standby: string; standbyPriority: number; active: string; activePriority: number }) =>
    `${v.standby} (standby, ${v.standbyPriority}) outranks the active ${v.active} (${v.activePriority}): keepalived would make the standby MASTER. Give the active server the highest priority.`,
  'priorities.lead': (v: { first: string; second: string; lead: number }) => `${v.first} leads ${v.second} by ${v.lead}; a lead of 50 or more is recommended.`,
  'priorities.pass': (v: { list: string }) => `${v.list}.`,
  'routerId.range': (v: { id: number }) => `virtual_router_id ${v.id} is out of range; use 1 to 255.`,
  'routerId.taken': (v: { group: string; subnet: string; id: number }) => `HA group ${v.group} in ${v.subnet} already uses virtual_router_id ${v.id}; choose another.`,
  'routerId.pass': (v: { id: number; subnet: string }) => `virtual_router_id ${v.id} is free in ${v.subnet}.`,
} as const;

export type ReviewTextKey = keyof typeof REVIEW_TEMPLATES;
export type ReviewWording = Wording<ReviewTextKey>;

export const { word: reviewWording, english: reviewEnglish } = wordings(REVIEW_TEMPLATES);
