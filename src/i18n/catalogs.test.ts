import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { describe, expect, it } from 'vitest';

/**
 * The catalogs are in step with the code and complete: every message the code marks is in each
 * language's catalog (run `npm run i18n:extract` after changing texts), none is left there that the code
 * no longer has, and every one has its Simplified Chinese translation. A string that reaches the screen
 * without being marked fails the lint instead (`lingui/no-unlocalized-strings`).
 */
const config = getConfig({ cwd: process.cwd(), skipValidation: true });

/** Words that read the same in both languages (names of products and protocols). */
const SAME_IN_BOTH = /^[A-Z0-9][A-Za-z0-9 /.\-:()]*$/;

describe('message catalogs', async () => {
  const catalogs = await getCatalogs(config);
  for (const catalog of catalogs) {
    const name = catalog.path.split('/').pop();
    it(`${name}: in step with the code, every message translated`, async () => {
      const inCode = (await catalog.collect()) ?? {};
      const codeIds = Object.keys(inCode).sort();
      for (const locale of config.locales) {
        const stored = await catalog.read(locale);
        const live = Object.entries(stored ?? {}).filter(([, m]) => !m.obsolete);
        expect(live.map(([id]) => id).sort(), `${locale} catalog ${name} differs from the code: run npm run i18n:extract`).toEqual(codeIds);
        if (locale === config.sourceLocale) continue;
        const untranslated = live.filter(([, m]) => !m.translation?.trim()).map(([, m]) => m.message ?? '');
        expect(untranslated, `${locale} messages without a translation in ${name}`).toEqual([]);
        const copied = live.filter(([, m]) => m.translation === m.message && !SAME_IN_BOTH.test(m.message ?? '')).map(([, m]) => m.message);
        expect(copied, `${locale} messages left in English in ${name}`).toEqual([]);
      }
    });
  }
});

describe('one translation per text', () => {
  it('a message that stands in several catalogs reads the same in each (they load into one dictionary)', async () => {
    const seen = new Map<string, { catalog: string; translation: string }>();
    const clashes: string[] = [];
    for (const catalog of await getCatalogs(config)) {
      const name = catalog.path.split('/').pop() ?? '';
      for (const locale of config.locales.filter((l) => l !== config.sourceLocale)) {
        for (const [id, m] of Object.entries((await catalog.read(locale)) ?? {})) {
          if (m.obsolete || !m.translation) continue;
          const key = `${locale}|${id}`;
          const earlier = seen.get(key);
          if (earlier && earlier.translation !== m.translation) {
            clashes.push(`"${m.message}": ${earlier.catalog} ${earlier.translation} / ${name} ${m.translation}`);
          } else seen.set(key, { catalog: name, translation: m.translation });
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
