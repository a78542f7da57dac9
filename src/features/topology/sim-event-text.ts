import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { SimEventReason, SimEventWords } from '../../domain/vrrp';
import { wordingReader } from '../../i18n/wording';

/**
 * The failover engines' events (domain `SIM_EVENT_TEMPLATES`) in the console's language, by reason. The
 * English of each equals the domain's own for the same values (sim-event-text.test.ts checks it).
 */
export const SIM_EVENT_MESSAGES: Record<SimEventReason, MessageDescriptor> = {
  'vrrp.masterDown': msg({ message: '{name} becomes MASTER: no advertisement from a master within its master-down interval' }),
  'vrrp.garp': msg({ message: '{name} sends gratuitous ARP: the VIP now reaches {ip}' }),
  'vrrp.advert': msg({ message: '{name} advertises priority {priority}' }),
  'vrrp.startsBackup': msg({ message: '{name} is BACKUP: starts as BACKUP' }),
  'vrrp.startsBackupAsMaster': msg({ message: '{name} is BACKUP: starts in BACKUP even with state MASTER and waits its master-down interval' }),
  'vrrp.leavesFault': msg({ message: '{name} is BACKUP: leaves FAULT' }),
  'vrrp.higherPriority': msg({ message: '{name} is BACKUP: {other} advertises a higher priority ({priority})' }),
  'vrrp.serviceDown': msg({ message: "{name}'s checked service goes down: its health check fails from its next run" }),
  'vrrp.serviceBack': msg({ message: "{name}'s checked service is back: its health check passes from its next run" }),
  'vrrp.stopped': msg({ message: '{name} stops: it sends no more advertisements' }),
  'vrrp.fault': msg({ message: '{name} fails its health check and enters FAULT' }),
  'vrrp.checkPasses': msg({ message: '{name} passes its health check again' }),
  'vrrp.restored': msg({ message: '{name} is restored' }),
  'lvs.restored': msg({ message: '{name} is restored and answers again' }),
  'lvs.added': msg({ message: '{name} passes its check and rejoins the rotation' }),
  'lvs.removed': msg({ message: '{name} failed {count} checks in a row and leaves the rotation' }),
  'lvs.stopped': msg({ message: '{name} stops; the directors notice at their next check' }),
  'lvs.checkFails': msg({ message: '{name} fails its health check; the directors notice at their next check' }),
};

/** An engine event in the console's language; one of an unknown reason keeps its English. */
const readEvent = wordingReader(SIM_EVENT_MESSAGES);

export function eventText(i18n: I18n, event: Pick<SimEventWords, 'reason' | 'values' | 'text'>): string {
  return readEvent({ key: event.reason, values: event.values }, i18n) || event.text;
}
