import type { I18n, MessageDescriptor } from '@lingui/core';
import type { Wording } from '../domain';

type Flat = Record<string, string | number>;

/**
 * A domain sentence (a key with its values) in the console's language, from a table of translated
 * messages by key; nested sentences are worded first, and `adjust` may translate a value's own terms.
 * An unknown key gives ''.
 */
export function wordIn(messages: Readonly<Record<string, MessageDescriptor>>, w: Wording, i18n: I18n, adjust?: (key: string, values: Flat) => Flat): string {
  const descriptor = messages[w.key];
  if (!descriptor) return '';
  const flat: Flat = Object.fromEntries(Object.entries(w.values).map(([k, v]) => [k, typeof v === 'object' ? wordIn(messages, v, i18n, adjust) : v]));
  return say(i18n, descriptor, adjust ? adjust(w.key, flat) : flat);
}

/** A message with its values in the console's language. */
export function say(i18n: I18n, descriptor: MessageDescriptor, values?: Flat): string {
  const filled: MessageDescriptor = { ...descriptor, values };
  return i18n._(filled);
}
