import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * The simulation's timeline in the console's language. The engines in src/domain/vrrp log each event as
 * an English sentence (its kind alone does not say why); each pattern below reads one of those sentences
 * back into the names and numbers it holds, and says it again through the catalog. A sentence no pattern
 * knows shows as the engine wrote it. (`sim-event-text.test.ts` drives the engines through every event.)
 */
const PATTERNS: { pattern: RegExp; text: MessageDescriptor }[] = [
  {
    pattern: /^(?<name>.+) becomes MASTER: no advertisement from a master within its master-down interval$/,
    text: msg({ message: '{name} becomes MASTER: no advertisement from a master within its master-down interval' }),
  },
  {
    pattern: /^(?<name>.+) sends gratuitous ARP: the VIP now reaches (?<ip>\S+)$/,
    text: msg({ message: '{name} sends gratuitous ARP: the VIP now reaches {ip}' }),
  },
  { pattern: /^(?<name>.+) advertises priority (?<priority>\d+)$/, text: msg({ message: '{name} advertises priority {priority}' }) },
  { pattern: /^(?<name>.+) is BACKUP: starts as BACKUP$/, text: msg({ message: '{name} is BACKUP: starts as BACKUP' }) },
  {
    pattern: /^(?<name>.+) is BACKUP: starts in BACKUP even with state MASTER and waits its master-down interval$/,
    text: msg({ message: '{name} is BACKUP: starts in BACKUP even with state MASTER and waits its master-down interval' }),
  },
  {
    pattern: /^(?<name>.+)'s checked service goes down: its health check fails from its next run$/,
    text: msg({ message: "{name}'s checked service goes down: its health check fails from its next run" }),
  },
  {
    pattern: /^(?<name>.+)'s checked service is back: its health check passes from its next run$/,
    text: msg({ message: "{name}'s checked service is back: its health check passes from its next run" }),
  },
  { pattern: /^(?<name>.+) is BACKUP: leaves FAULT$/, text: msg({ message: '{name} is BACKUP: leaves FAULT' }) },
  {
    pattern: /^(?<name>.+) is BACKUP: (?<other>.+) advertises a higher priority \((?<priority>\d+)\)$/,
    text: msg({ message: '{name} is BACKUP: {other} advertises a higher priority ({priority})' }),
  },
  { pattern: /^(?<name>.+) stops: it sends no more advertisements$/, text: msg({ message: '{name} stops: it sends no more advertisements' }) },
  { pattern: /^(?<name>.+) fails its health check and enters FAULT$/, text: msg({ message: '{name} fails its health check and enters FAULT' }) },
  { pattern: /^(?<name>.+) passes its health check again$/, text: msg({ message: '{name} passes its health check again' }) },
  { pattern: /^(?<name>.+) is restored and answers again$/, text: msg({ message: '{name} is restored and answers again' }) },
  { pattern: /^(?<name>.+) is restored$/, text: msg({ message: '{name} is restored' }) },
  {
    pattern: /^(?<name>.+) passes its check and rejoins the rotation$/,
    text: msg({ message: '{name} passes its check and rejoins the rotation' }),
  },
  {
    pattern: /^(?<name>.+) failed (?<count>\d+) checks in a row and leaves the rotation$/,
    text: msg({ message: '{name} failed {count} checks in a row and leaves the rotation' }),
  },
  {
    pattern: /^(?<name>.+) stops; the directors notice at their next check$/,
    text: msg({ message: '{name} stops; the directors notice at their next check' }),
  },
  {
    pattern: /^(?<name>.+) fails its health check; the directors notice at their next check$/,
    text: msg({ message: '{name} fails its health check; the directors notice at their next check' }),
  },
];

/** The catalog's message for an engine's sentence, with its values, or null when no pattern knows it. */
export function eventMessage(sentence: string): MessageDescriptor | null {
  for (const { pattern, text } of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return { ...text, values: match.groups };
  }
  return null;
}

export function eventText(i18n: I18n, sentence: string): string {
  const message = eventMessage(sentence);
  return message ? i18n._(message) : sentence;
}
