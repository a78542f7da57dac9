import { i18n } from '@lingui/core';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (locale: string) => T): T {
  const locale = i18n.locale || 'en';
  const id = `${locale}|${key}`;
  let formatter = formatters.get(id) as T | undefined;
  if (!formatter) {
    // English dates read day-first (3 Dec 2026), as in Huawei's international console.
    formatter = make(locale === 'en' ? 'en-GB' : locale);
    formatters.set(id, formatter);
  }
  return formatter;
}

/** A date and time in the console's language: "3 Dec 2026, 10:40" / "2026年12月3日 10:40". */
export function formatDate(iso: string | number | Date | undefined, withSeconds = false): string {
  if (iso === undefined || iso === '') return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return cached(withSeconds ? 'dt-s' : 'dt', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' })).format(d);
}

/** A count in the console's language: 10,000 / 10,000 (grouping as the locale writes it). */
export function formatNumber(n: number): string {
  return cached('n', (l) => new Intl.NumberFormat(l)).format(n);
}
