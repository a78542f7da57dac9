import { i18n as activeI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import type { Wording } from '../domain';

type Flat = Record<string, string | number>;
type Adjust = (key: string, values: Flat, i18n: I18n) => Flat;

/**
 * A domain sentence (a key with its values) in the console's language, from a table of translated
 * messages by key; nested sentences are worded first, and `adjust` may translate a value's own terms.
 * An unknown key gives ''.
 */
export function wordIn(messages: Readonly<Record<string, MessageDescriptor>>, w: Wording, i18n: I18n, adjust?: Adjust): string {
  const descriptor = messages[w.key];
  if (!descriptor) return '';
  const flat: Flat = Object.fromEntries(Object.entries(w.values).map(([k, v]) => [k, typeof v === 'object' ? wordIn(messages, v, i18n, adjust) : v]));
  return say(i18n, descriptor, adjust ? adjust(w.key, flat, i18n) : flat);
}

/**
 * The reader of one table of translated messages (a domain `*_TEMPLATES` by key): a sentence of that
 * table in the console's language, in the active language unless an `i18n` is given ('' for a key it lacks).
 */
export const wordingReader =
  (messages: Readonly<Record<string, MessageDescriptor>>, adjust?: Adjust) =>
  (w: Wording, i18n: I18n = activeI18n): string =>
    wordIn(messages, w, i18n, adjust);

/** A message with its values in the console's language. */
export function say(i18n: I18n, descriptor: MessageDescriptor, values?: Flat): string {
  const filled: MessageDescriptor = { ...descriptor, values };
  return i18n._(filled);
}
