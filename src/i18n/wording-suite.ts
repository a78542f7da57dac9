import type { MessageDescriptor } from '@lingui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wording, WordingValues } from '../domain';
import { activateLocale } from './locale';

interface Table<T> {
  /** The domain's English templates by key. */
  templates: T;
  /** The console's messages by the same keys. */
  messages: Readonly<Record<string, MessageDescriptor>>;
  /** The table's reader (a `wordingReader`) and the domain's English. */
  read: (w: Wording) => string;
  english: (w: Wording) => string;
  /** Values for every key (several where a count picks the words); the compiler refuses a key without. */
  samples: Record<keyof T, WordingValues | readonly WordingValues[]>;
}

/**
 * The drift checks of a table of translated messages against its domain templates, for tests: every
 * key has a message, its English is the domain's own for the sample values, and its Simplified Chinese
 * is a translation with every value filled in. `more` adds a table's own checks, in English and in Chinese.
 */
export function describeWordingTable<T extends object>(name: string, table: Table<T>, more: { english?: () => void; chinese?: () => void } = {}): void {
  const keys = Object.keys(table.templates).sort();
  const cases = keys.flatMap((key) => [table.samples[key as keyof T]].flat().map((values) => [key, { key, values } as Wording] as const));

  describe(name, () => {
    it('has a translatable message for every key of the domain', () => {
      expect(Object.keys(table.messages).sort()).toEqual(keys);
    });

    it.each(cases)('%s: the English message is the domain’s own', (_key, w) => {
      expect(table.read(w)).toBe(table.english(w));
    });

    describe('in Simplified Chinese', () => {
      beforeAll(() => activateLocale('zh-CN'));
      afterAll(() => activateLocale('en'));

      it.each(cases)('%s: translated, every value filled in', (_key, w) => {
        const text = table.read(w);
        expect(text).not.toBe(table.english(w));
        expect(text).not.toMatch(/[{}]/);
      });

      more.chinese?.();
    });

    more.english?.();
  });
}
