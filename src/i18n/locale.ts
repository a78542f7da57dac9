import { i18n } from '@lingui/core';
import { SHELL_CATALOGS, loadCatalogs } from './catalogs';

/** The languages of the console. Generated files (keepalived.conf, scripts) stay in English. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'vip-console:locale';

let target: Locale | undefined;

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The chosen language, else the browser's first one we speak (any Chinese reads Simplified), else English. */
export function detectLocale(): Locale {
  try {
    const chosen = localStorage.getItem(STORAGE_KEY);
    if (isLocale(chosen)) return chosen;
  } catch {
    // storage blocked: fall through to the browser's languages
  }
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * Makes `locale` the console's language once the shell's catalogs and those of `areas` (the first page's)
 * have loaded; the page's `lang` follows. Without `areas`, every catalog loads first.
 */
export async function activateLocale(locale: Locale, areas?: readonly string[]): Promise<void> {
  target = locale;
  await loadCatalogs(locale, areas ? [...SHELL_CATALOGS, ...areas] : undefined);
  i18n.activate(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the language and remembers the choice for the next visit. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await activateLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered; the switch still applies to this visit
  }
}

/** The console's language, or the one it is switching to (pages loading meanwhile load its texts). */
export function currentLocale(): Locale {
  return target ?? (isLocale(i18n.locale) ? i18n.locale : 'en');
}
