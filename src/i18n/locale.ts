import { i18n } from '@lingui/core';

/** The languages of the console. Generated files (keepalived.conf, scripts) stay in English. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'vip-console:locale';

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

/** Each language's catalogs in one chunk, loaded when the language is chosen (Lingui's Vite plugin compiles them). */
const catalogs: Record<Locale, () => Promise<{ messages: Record<string, unknown> }>> = {
  en: () => import('./catalog-en'),
  'zh-CN': () => import('./catalog-zh-CN'),
};

/** Loads a language's messages and makes it the console's; the page's `lang` follows. */
export async function activateLocale(locale: Locale): Promise<void> {
  i18n.loadAndActivate({ locale, messages: (await catalogs[locale]()).messages as never });
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

export function currentLocale(): Locale {
  return isLocale(i18n.locale) ? i18n.locale : 'en';
}
