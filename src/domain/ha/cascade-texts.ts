import { wordings, type Wording } from '../text';

const otherRealServers = (n: number) => (n === 1 ? 'the other real server' : `the other ${n} real servers`);

/**
 * The English of what deleting or stopping servers does (domain `serverCascade`), by stable key. A
 * group's sentence names the member's role (`role.*`) and the effect (`effect.*`) as nested sentences;
 * lists of names are `list.*` sentences, so a language can join them its own way. The server dialogs
 * translate by key (src/features/servers/cascade-text.ts).
 */
export const CASCADE_TEMPLATES = {
  'list.and': (v: { first: string; last: string }) => `${v.first} and ${v.last}`,
  'list.comma': (v: { first: string; rest: string }) => `${v.first}, ${v.rest}`,

  'role.active': () => 'active member',
  'role.standby': () => 'standby',
  'role.director': () => 'LVS director',
  'role.backend': () => 'real server',

  'vip.named': (v: { name: string; ip: string }) => `virtual IP ${v.name} (${v.ip})`,
  'vip.unnamed': (v: { ip: string }) => `virtual IP (${v.ip})`,
  'vip.deleteStays': (v: { vip: string; nics: string; others: string }) => `${v.vip} is bound to ${v.nics}: that binding is removed; it stays bound to ${v.others}.`,
  'vip.deleteAlone': (v: { vip: string; nics: string }) =>
    `${v.vip} is bound to ${v.nics}: that binding is removed; it is then bound to no server, so nothing answers for it.`,
  'vip.stopOthers': (v: { vip: string; nics: string; count: number; others: string }) =>
    `${v.vip} is bound to ${v.nics}: while stopped, ${v.count === 1 ? 'it cannot' : 'they cannot'} answer for it; the other bound NICs (${v.others}) still can.`,
  'vip.stopAlone': (v: { vip: string; nics: string; count: number }) =>
    `${v.vip} is bound to ${v.nics}: while stopped, ${v.count === 1 ? 'it cannot' : 'they cannot'} answer for it; no other server is bound, so nothing answers for it.`,

  'group.delete': (v: { group: string; role: string; server: string; effect: string }) =>
    `${v.group} loses its ${v.role} ${v.server}: ${v.effect}; the group becomes incomplete.`,
  'group.stop': (v: { group: string; role: string; server: string; effect: string }) => `${v.group}'s ${v.role} ${v.server} stops: ${v.effect} until it is started again.`,
  'group.theVip': () => 'the VIP',
  'group.theHolder': () => 'the member holding it',

  'effect.otherBackends': (v: { count: number }) => `the directors send its requests to ${otherRealServers(v.count)}`,
  'effect.noBackend': () => 'no real server is left, so requests to the VIP fail',
  'effect.failover': (v: { vip: string; server: string; role: string }) => `${v.vip} fails over to ${v.server} (${v.role})`,
  'effect.noTakeover': (v: { vip: string }) => `no other member can take ${v.vip}, so it stops answering`,
  'effect.backups': (v: { servers: string; vip: string }) => `${v.servers} can still take over ${v.vip}`,
  'effect.noBackup': (v: { vip: string; holder: string }) => `nothing is left to take over ${v.vip} if ${v.holder} fails`,
} as const;

export type CascadeTextKey = keyof typeof CASCADE_TEMPLATES;
export type CascadeWording = Wording<CascadeTextKey>;

export const { word: cascadeWording, english: cascadeEnglish } = wordings(CASCADE_TEMPLATES);

/** Names as one sentence: "a", "a and b", "a, b and c". */
export function cascadeList(items: readonly (string | CascadeWording)[]): string | CascadeWording {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return cascadeWording('list.and', { first: items[0], last: items[1] });
  return cascadeWording('list.comma', { first: items[0], rest: cascadeList(items.slice(1)) });
}
