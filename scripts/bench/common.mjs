// Shared pieces of `npm run bench`: the browser, statistics, and the row shape every section returns.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const DEMO_PROJECT_ID = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
export const VIEWPORT = { width: 1440, height: 900 };
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A headless Chromium on its own profile folder (a fresh folder is a first visit; a reused one keeps the worker and IndexedDB). */
export function launch(profile, options = {}) {
  return chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport: VIEWPORT, ...options });
}

export async function firstPage(context) {
  return context.pages()[0] ?? (await context.newPage());
}

/**
 * The q-quantile by nearest rank: the ceil(q * n)-th smallest sample (so p95 of 20 samples is the 19th,
 * not their maximum; the median of an even count is the lower middle one).
 */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/**
 * One row of the bench table. `value` (and `floor`) in `unit`; `ratio` is value / floor when there is a
 * floor, or value / `of` for growth rows. `target` is the most the ratio (or, with no ratio, the value)
 * may be (`judge: 'value'` judges the value even when there is a floor). `samples` are the raw figures, printed under the table so a reader sees the noise.
 */
export function row({ measure, value, unit = 'ms', floor, ratio, target, judge = 'ratio', samples }) {
  const r = ratio ?? (floor ? value / floor : undefined);
  const byValue = judge === 'value' || r === undefined;
  const judged = byValue ? value : r;
  return { measure, value, unit, floor, ratio: r, target, byValue, met: target === undefined ? undefined : judged <= target, samples };
}

/** Runs `fn` in the page: a fetch of the console API as the console makes it (the worker answers). */
export async function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-auth-token': 'bench' }, body: body && JSON.stringify(body) });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  );
}
