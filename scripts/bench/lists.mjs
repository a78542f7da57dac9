// The list rows: the servers list at 1,000, 10,000 and 50,000 servers (the large data set of each size
// replacing the demo data, each in its own browser profile). For each size, in the page, from the input
// event to the frame that shows the new rows (requestAnimationFrame after the table's DOM holds exactly
// the expected rows): typing a name that matches ten servers, clicking the Name header (ascending, then
// descending), clicking Next; p95 of BENCH_LIST_TRIES tries each (default 20), in rounds that visit the
// sizes in turn so load from other work falls on every size alike. Also the first server row on a cold
// browser (worker and data in place), the time to load each set, and growth rows (50k / 1k <= 1.2).
/* global document, MutationObserver, requestAnimationFrame -- used in page.evaluate, which runs in the browser */
import { join } from 'node:path';
import { firstPage, launch, median, p95, row } from './common.mjs';
import { loadDataSet, SERVER_ROW, timeLoad } from './load.mjs';

const SIZES = [1_000, 10_000, 50_000];
const PAGE_SIZE = 20;
const TARGET_MS = 150;
const GROWTH = 1.2;
const ROUNDS = 4;

const serverName = (n) => `ecs-large-${String(n).padStart(5, '0')}`;
const label = (size) => `${size.toLocaleString('en')} servers`;

/**
 * In the page: waits for the next trusted `input` or `click` event, then until the Servers table's name
 * cells equal `expected`, then one animation frame; resolves to ms from the event to that frame.
 */
function waitForRows(expected) {
  const names = () => [...document.querySelectorAll('table[aria-label="Servers"] tbody tr td:first-child')].map((td) => td.textContent.trim());
  const matches = () => {
    const now = names();
    return now.length === expected.length && now.every((n, i) => n === expected[i]);
  };
  return new Promise((resolve, reject) => {
    let start;
    const onEvent = (e) => {
      if (!e.isTrusted || start !== undefined) return;
      start = e.timeStamp;
      check();
    };
    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => finish(() => reject(new Error(`rows never became ${expected.slice(0, 3).join(', ')}… (now ${names().slice(0, 3).join(', ')}…)`))), 30_000);
    function finish(then) {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('input', onEvent, true);
      document.removeEventListener('click', onEvent, true);
      then();
    }
    function check() {
      if (start === undefined || !matches()) return;
      finish(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    }
    document.addEventListener('input', onEvent, true);
    document.addEventListener('click', onEvent, true);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Runs `act` and returns the in-page ms from its event to the frame showing `expected`. */
async function timed(page, expected, act) {
  const waiting = page.evaluate(waitForRows, expected);
  await page.waitForTimeout(20);
  await act();
  return waiting;
}

/** Names of page `pageNo` of the default order (newest first: the set is created in name order). */
const newestPage = (size, pageNo) => Array.from({ length: PAGE_SIZE }, (_, i) => serverName(size - (pageNo - 1) * PAGE_SIZE - i));

async function settle(page, expected) {
  await page.waitForFunction(
    (want) => {
      const names = [...document.querySelectorAll('table[aria-label="Servers"] tbody tr td:first-child')].map((td) => td.textContent.trim());
      return names.length === want.length && names.every((n, i) => n === want[i]) && !document.querySelector('[aria-busy="true"]');
    },
    expected,
    { timeout: 30_000 },
  );
}

/** One round at one size: `tries` of each interaction on a freshly opened console (worker and data in place). */
async function interact(profile, url, size, tries, round) {
  const context = await launch(profile);
  const out = { filter: [], sort: [], next: [] };
  try {
    const page = await firstPage(context);
    await page.goto(`${url}/servers`);
    await settle(page, newestPage(size, 1));
    await page.waitForTimeout(500);
    const search = page.getByRole('textbox', { name: 'Search servers by name' });
    for (let i = 0; i < tries; i++) {
      // "ecs-large-00ab" matches ecs-large-00ab0 … 00ab9, newest first; a different pair of digits each try.
      const ab = 10 + ((round * tries + i) % 90);
      const needle = `ecs-large-00${ab}`;
      const expected = Array.from({ length: 10 }, (_, d) => `${needle}${9 - d}`);
      out.filter.push(await timed(page, expected, () => search.fill(needle)));
      await search.fill('');
      await settle(page, newestPage(size, 1));
    }
    const sortButton = page.getByRole('button', { name: 'Sort by Name' });
    const ascending = Array.from({ length: PAGE_SIZE }, (_, i) => serverName(i + 1));
    for (let i = 0; i < tries; i++) {
      // Unsorted -> ascending (timed) -> descending (same rows as the default order) -> unsorted.
      out.sort.push(await timed(page, ascending, () => sortButton.click()));
      await sortButton.click();
      await settle(page, newestPage(size, 1));
      await sortButton.click();
      await page.waitForFunction(() => document.querySelector('th[aria-sort="none"]') && !document.querySelector('th[aria-sort="ascending"],th[aria-sort="descending"]'));
      await settle(page, newestPage(size, 1));
    }
    const next = page.getByRole('button', { name: 'Next', exact: true });
    for (let i = 0; i < tries; i++) {
      out.next.push(await timed(page, newestPage(size, i + 2), () => next.click()));
    }
  } finally {
    await context.close();
  }
  return out;
}

export async function benchLists({ app, work, runs, log }) {
  const tries = Number(process.env.BENCH_LIST_TRIES ?? 20);
  const perRound = Math.ceil(tries / ROUNDS);
  const profiles = Object.fromEntries(SIZES.map((size) => [size, join(work, `lists-${size}`)]));
  const loads = {};
  for (const size of SIZES) {
    log(`lists: loading ${label(size)}…`);
    const started = performance.now();
    const answer = await loadDataSet(profiles[size], app.url, { action: 'load-large', servers: size });
    loads[size] = { api: answer.elapsed_ms, wall: performance.now() - started };
  }
  const first = Object.fromEntries(SIZES.map((s) => [s, []]));
  const samples = Object.fromEntries(SIZES.map((s) => [s, { filter: [], sort: [], next: [] }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const size of SIZES) {
      log(`lists: round ${r + 1} of ${ROUNDS}, ${label(size)}`);
      const cold = Math.ceil(runs / ROUNDS);
      for (let i = 0; i < cold; i++) first[size].push((await timeLoad(profiles[size], `${app.url}/servers`, SERVER_ROW)).elapsed);
      const got = await interact(profiles[size], app.url, size, perRound, r);
      for (const k of Object.keys(got)) samples[size][k].push(...got[k]);
    }
  }
  const MEASURES = [
    ['filter', 'name filter, input to painted rows'],
    ['sort', 'sort by name, click to painted rows'],
    ['next', 'next page, click to painted rows'],
  ];
  const rows = [];
  for (const size of SIZES) {
    rows.push(row({ measure: `servers list, ${label(size)}: load the data set (inside the worker)`, value: loads[size].api, samples: { wall: [loads[size].wall] } }));
    rows.push(row({ measure: `servers list, ${label(size)}: first server row, cold browser (worker and data in place), median`, value: median(first[size]), samples: { console: first[size] } }));
    for (const [key, words] of MEASURES) {
      rows.push(row({ measure: `servers list, ${label(size)}: ${words}, p95`, value: p95(samples[size][key]), target: TARGET_MS, samples: { console: samples[size][key] } }));
    }
  }
  const [small, , large] = SIZES;
  const growth = (words, a, b) => row({ measure: `servers list, growth 50k / 1k: ${words}`, value: b, ratio: b / a, target: GROWTH });
  rows.push(growth('first server row (median)', median(first[small]), median(first[large])));
  for (const [key, words] of MEASURES) rows.push(growth(`${words.split(',')[0]} (p95)`, p95(samples[small][key]), p95(samples[large][key])));
  return rows;
}
