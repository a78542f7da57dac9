// The load rows: time to the first server row at 10,000 servers (cold browser, HTTP cache cleared, data
// and worker in place) and on a first visit (worker install, demo data), each against the floor page
// (same build setup, React only, one fetch, one row), runs interleaved; and the gzipped first route.
// For information, the same floor page beside the console, reading the first servers page through the
// console's worker from IndexedDB (the floor of that backend on a cold browser).
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { callApi, DEMO_PROJECT_ID, firstPage, launch, median, row } from './common.mjs';

export const SERVER_ROW = { css: 'tbody tr', text: 'ecs-' };
const FLOOR_ROW = { css: '[data-testid=first-row]', text: '' };

/**
 * In the page, from its first script on: notes `performance.now()` in the frame after an element matching
 * `css` whose text holds `text` is first in the DOM (a MutationObserver, so no polling delay), as
 * `window.__firstRow`.
 */
function watchFirstRow({ css, text }) {
  const found = () => [...globalThis.document.querySelectorAll(css)].some((el) => el.textContent.includes(text));
  const observer = new globalThis.MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    globalThis.requestAnimationFrame(() => (globalThis.__firstRow = performance.now()));
  });
  observer.observe(globalThis.document, { childList: true, subtree: true, characterData: true });
}

/**
 * Loads `url` on `profile` (HTTP cache cleared) and returns ms from navigation start to the frame that
 * shows the first `row`, and the files whose request started before that frame (the first route).
 */
export async function timeLoad(profile, url, row) {
  const context = await launch(profile);
  try {
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.addInitScript(watchFirstRow, row);
    const types = new Map();
    page.on('request', (r) => types.set(r.url(), r.resourceType()));
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__firstRow !== undefined, null, { timeout: 60_000 });
    return await page.evaluate((types) => {
      const at = globalThis.__firstRow;
      const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= at);
      const loaded = [{ url: globalThis.location.href, type: 'document' }, ...before.map((e) => ({ url: e.name, type: types[e.name] ?? e.initiatorType }))];
      return { elapsed: at, loaded };
    }, Object.fromEntries(types));
  } finally {
    await context.close();
  }
}

/**
 * Opens the console on `profile` (installing the worker and the demo data) and replaces its data with
 * `action`'s set (an action name, or the whole demo-data request, e.g. `{action: 'load-large', servers: 1000}`).
 * Returns the API's answer (its `elapsed_ms` is the load's time inside the worker).
 */
export async function loadDataSet(profile, base, action) {
  const context = await launch(profile);
  try {
    const page = await firstPage(context);
    await page.goto(`${base}/servers`);
    await page.locator(SERVER_ROW.css, { hasText: SERVER_ROW.text }).first().waitFor({ timeout: 60_000 });
    if (action) return await callApi(page, 'POST', `/console/v1/${DEMO_PROJECT_ID}/demo-data`, typeof action === 'string' ? { action } : action);
  } finally {
    await context.close();
  }
}

function gzBytes(root, base, loaded, types) {
  const seen = new Set();
  let total = 0;
  for (const { url, type } of loaded) {
    const path = new URL(url).pathname;
    if (!url.startsWith(base) || !types.includes(type) || seen.has(path)) continue;
    seen.add(path);
    const file = join(root, path === '/' || !path.includes('.') ? 'index.html' : path);
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  return total;
}

export async function benchLoad({ app, floor, work, runs, log }) {
  // The same floor beside the console, under its service worker (its `?via=worker` run reads the backend).
  cpSync(floor.root, join(app.root, '__bench', 'floor'), { recursive: true });
  const appProfile = join(work, 'load-app');
  log('load: the 10,000-server set…');
  await loadDataSet(appProfile, app.url, 'load-large');
  const appTimes = [];
  const floorTimes = [];
  const firstVisit = [];
  const backendFloor = [];
  let appLoaded = [];
  let floorLoaded = [];
  for (let i = 0; i < runs; i++) {
    const a = await timeLoad(appProfile, `${app.url}/servers`, SERVER_ROW);
    appTimes.push(a.elapsed);
    appLoaded = a.loaded;
    const f = await timeLoad(join(work, `load-floor-${i}`), `${floor.url}/`, FLOOR_ROW);
    floorTimes.push(f.elapsed);
    floorLoaded = f.loaded;
    const v = await timeLoad(join(work, `load-first-${i}`), `${app.url}/servers`, SERVER_ROW);
    firstVisit.push(v.elapsed);
    const b = await timeLoad(appProfile, `${app.url}/__bench/floor/index.html?via=worker`, { ...FLOOR_ROW, text: 'ecs-' });
    backendFloor.push(b.elapsed);
  }
  const types = ['document', 'script', 'stylesheet'];
  const appBytes = gzBytes(app.root, app.url, appLoaded, types);
  const floorBytes = gzBytes(floor.root, floor.url, floorLoaded, types);
  const swBytes = gzipSync(readFileSync(join(app.root, 'sw.js'))).length;
  return [
    row({ measure: 'first server row, 10,000 servers, worker in place', value: median(appTimes), floor: median(floorTimes), target: 2.0, samples: { console: appTimes, floor: floorTimes } }),
    row({ measure: 'first server row, first visit (worker install, demo data)', value: median(firstVisit), floor: median(floorTimes), target: 2.5, samples: { console: firstVisit } }),
    row({
      measure: 'first server row, 10,000 servers, against the floor page reading through the same worker (information)',
      value: median(appTimes),
      floor: median(backendFloor),
      samples: { 'floor through the worker': backendFloor },
    }),
    row({ measure: 'first route, gzipped html + js + css', value: appBytes / 1024, unit: 'KB', floor: floorBytes / 1024, target: 200, judge: 'value' }),
    row({ measure: 'service worker (backend), gzipped, off the first route', value: swBytes / 1024, unit: 'KB' }),
  ];
}
