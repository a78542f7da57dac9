import { i18n, type Messages } from '@lingui/core';
import type { Locale } from './locale';

type Load = () => Promise<Messages>;

/**
 * Every catalog (one per area, see lingui.config.ts) of each language, compiled by Lingui's Vite plugin,
 * each its own small chunk: a page loads the shell's catalogs and its own areas', not every text of the
 * console.
 */
const CATALOGS: Record<Locale, Record<string, Load>> = {
  en: byName(import.meta.glob<Messages>('../locales/en/*.po', { import: 'messages' })),
  'zh-CN': byName(import.meta.glob<Messages>('../locales/zh-CN/*.po', { import: 'messages' })),
};

/** The catalogs every page needs: the shell, the shared components, the data layer, the header menus. */
export const SHELL_CATALOGS = ['app', 'components', 'data', 'team'] as const;

function byName(modules: Record<string, Load>): Record<string, Load> {
  return Object.fromEntries(Object.entries(modules).map(([path, load]) => [path.replace(/^.*\/|\.po$/g, ''), load]));
}

const loaded = new Map<string, Promise<void>>();

/** Loads the named catalogs of `locale` into Lingui (each once); the texts of a page re-render as they come. */
export function loadCatalogs(locale: Locale, names: readonly string[] = Object.keys(CATALOGS[locale])): Promise<void> {
  return Promise.all(
    names.map((name) => {
      const key = `${locale}/${name}`;
      let done = loaded.get(key);
      if (!done) {
        const load = CATALOGS[locale][name];
        done = load ? load().then((messages) => i18n.load(locale, messages)) : Promise.resolve();
        done.catch(() => loaded.delete(key));
        loaded.set(key, done);
      }
      return done;
    }),
  ).then(() => {});
}

/** Every catalog name of a language (for tests and for loading the rest after the first page). */
export function catalogNames(locale: Locale): string[] {
  return Object.keys(CATALOGS[locale]);
}
