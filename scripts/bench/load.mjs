// The load rows: time to the first server row at 10,000 servers (cold browser, HTTP cache cleared, data
// and worker in place) and on a first visit (worker install, demo data), each against the floor page
// (same build setup, React only, one fetch, one row), runs interleaved; and the gzipped first route.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { callApi, DEMO_PROJECT_ID, firstPage, launch, median, row } from './common.mjs';

export const SERVER_ROW = 'tbody tr:has-text("ecs-")';

/** Loads `url` on `profile` (HTTP cache cleared) and returns ms from navigation start to `selector`, and what loaded. */
export async function timeLoad(profile, url, selector) {
  const context = await launch(profile);
  try {
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const loaded = [];
    page.on('response', (r) => loaded.push({ url: r.url(), type: r.request().resourceType() }));
    await page.goto(url);
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    const elapsed = await page.evaluate(() => performance.now());
    return { elapsed, loaded };
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
    await page.locator(SERVER_ROW).first().waitFor({ timeout: 60_000 });
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
  const appProfile = join(work, 'load-app');
  log('load: the 10,000-server set…');
  await loadDataSet(appProfile, app.url, 'load-large');
  const appTimes = [];
  const floorTimes = [];
  const firstVisit = [];
  let appLoaded = [];
  let floorLoaded = [];
  for (let i = 0; i < runs; i++) {
    const a = await timeLoad(appProfile, `${app.url}/servers`, SERVER_ROW);
    appTimes.push(a.elapsed);
    appLoaded = a.loaded;
    const f = await timeLoad(join(work, `load-floor-${i}`), `${floor.url}/`, '[data-testid=first-row]');
    floorTimes.push(f.elapsed);
    floorLoaded = f.loaded;
    const v = await timeLoad(join(work, `load-first-${i}`), `${app.url}/servers`, SERVER_ROW);
    firstVisit.push(v.elapsed);
  }
  const types = ['document', 'script', 'stylesheet'];
  const appBytes = gzBytes(app.root, app.url, appLoaded, types);
  const floorBytes = gzBytes(floor.root, floor.url, floorLoaded, types);
  const swBytes = gzipSync(readFileSync(join(app.root, 'sw.js'))).length;
  return [
    row({ measure: 'first server row, 10,000 servers, worker in place', value: median(appTimes), floor: median(floorTimes), target: 2.0, samples: { console: appTimes, floor: floorTimes } }),
    row({ measure: 'first server row, first visit (worker install, demo data)', value: median(firstVisit), floor: median(floorTimes), target: 2.5, samples: { console: firstVisit } }),
    row({ measure: 'first route, gzipped html + js + css', value: appBytes / 1024, unit: 'KB', floor: floorBytes / 1024, target: 200, judge: 'value' }),
    row({ measure: 'service worker (backend), gzipped, off the first route', value: swBytes / 1024, unit: 'KB' }),
  ];
}
