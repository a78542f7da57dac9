import { wordings, type ValuesOf } from '../text';

type Name = { name: string };

/**
 * The English of every event the failover engines log (VRRP and LVS), by a stable reason. Each event
 * carries its reason and values; its `text` is this English (tests, logs, the lab), and the console
 * translates by reason (src/features/topology/sim-event-text.ts). A reason, once used, keeps its meaning.
 */
export const SIM_EVENT_TEMPLATES = {
  'vrrp.masterDown': (v: Name) => `${v.name} becomes MASTER: no advertisement from a master within its master-down interval`,
  'vrrp.garp': (v: Name & { ip: string }) => `${v.name} sends gratuitous ARP: the VIP now reaches ${v.ip}`,
  'vrrp.advert': (v: Name & { priority: number }) => `${v.name} advertises priority ${v.priority}`,
  'vrrp.startsBackup': (v: Name) => `${v.name} is BACKUP: starts as BACKUP`,
  'vrrp.startsBackupAsMaster': (v: Name) => `${v.name} is BACKUP: starts in BACKUP even with state MASTER and waits its master-down interval`,
  'vrrp.leavesFault': (v: Name) => `${v.name} is BACKUP: leaves FAULT`,
  'vrrp.higherPriority': (v: Name & { other: string; priority: number }) => `${v.name} is BACKUP: ${v.other} advertises a higher priority (${v.priority})`,
  'vrrp.serviceDown': (v: Name) => `${v.name}'s checked service goes down: its health check fails from its next run`,
  'vrrp.serviceBack': (v: Name) => `${v.name}'s checked service is back: its health check passes from its next run`,
  'vrrp.stopped': (v: Name) => `${v.name} stops: it sends no more advertisements`,
  'vrrp.fault': (v: Name) => `${v.name} fails its health check and enters FAULT`,
  'vrrp.checkPasses': (v: Name) => `${v.name} passes its health check again`,
  'vrrp.restored': (v: Name) => `${v.name} is restored`,
  'lvs.restored': (v: Name) => `${v.name} is restored and answers again`,
  'lvs.added': (v: Name) => `${v.name} passes its check and rejoins the rotation`,
  'lvs.removed': (v: Name & { count: number }) => `${v.name} failed ${v.count} checks in a row and leaves the rotation`,
  'lvs.stopped': (v: Name) => `${v.name} stops; the directors notice at their next check`,
  'lvs.checkFails': (v: Name) => `${v.name} fails its health check; the directors notice at their next check`,
} as const;

export type SimEventReason = keyof typeof SIM_EVENT_TEMPLATES;
export type SimEventValues<K extends SimEventReason> = ValuesOf<typeof SIM_EVENT_TEMPLATES, K>;

const { english } = wordings(SIM_EVENT_TEMPLATES);

/** What an engine event says: its reason, its values and their English. */
export interface SimEventWords<K extends SimEventReason = SimEventReason> {
  reason: K;
  values: Readonly<Record<string, string | number>>;
  text: string;
}

export function simEventWords<K extends SimEventReason>(reason: K, values: SimEventValues<K>): SimEventWords<K> {
  const flat = values as Readonly<Record<string, string | number>>;
  return { reason, values: flat, text: english({ key: reason, values: flat }) };
}
