#!/usr/bin/env node
// npm run bench: builds the console and a bare floor page with the same setup, serves both on 127.0.0.1,
// and measures in headless Chromium, in one run: time to the first server row with the large data set
// (cold browser, HTTP cache cleared, data and worker in place) against the floor (React, one fetch, one
// row), the first visit (worker install, demo data), and the gzipped bytes of the first route.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './bench/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DEMO_PROJECT_ID = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

function build() {
  console.log('building the console and the floor page…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  execSync('npx vite build --logLevel warn --config scripts/bench/floor.vite.config.ts', { stdio: 'inherit' });
  copyFileSync('scripts/bench/floor/row.json', 'bench-results/floor-dist/row.json');
}

/** Loads `url` in a browser on `profile` and returns ms from navigation start to `selector`, and what loaded. */
async function timeLoad(profile, url, selector) {
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
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

async function loadLargeDataSet(profile, base) {
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/servers`);
  await page.locator('tbody tr', { hasText: 'ecs-' }).first().waitFor({ timeout: 60_000 });
  const status = await page.evaluate(async (project) => {
    const r = await fetch(`/console/v1/${project}/demo-data`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': 'bench' },
      body: JSON.stringify({ action: 'load-large' }),
    });
    return r.status;
  }, DEMO_PROJECT_ID);
  await context.close();
  if (status >= 300) throw new Error(`loading the large data set answered ${status}`);
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

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const app = await serveStatic('dist');
  const floor = await serveStatic('bench-results/floor-dist');
  const work = mkdtempSync(join(tmpdir(), 'vip-bench-'));
  try {
    const appProfile = join(work, 'app');
    const serverRow = 'tbody tr:has-text("ecs-")';
    await loadLargeDataSet(appProfile, app.url);
    const appTimes = [];
    const floorTimes = [];
    const firstVisit = [];
    let appLoaded = [];
    let floorLoaded = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await timeLoad(appProfile, `${app.url}/servers`, serverRow);
      appTimes.push(a.elapsed);
      appLoaded = a.loaded;
      const f = await timeLoad(join(work, `floor-${i}`), `${floor.url}/`, '[data-testid=first-row]');
      floorTimes.push(f.elapsed);
      floorLoaded = f.loaded;
      const v = await timeLoad(join(work, `first-${i}`), `${app.url}/servers`, serverRow);
      firstVisit.push(v.elapsed);
    }
    const routeTypes = ['document', 'script', 'stylesheet'];
    const appBytes = gzBytes('dist', app.url, appLoaded, routeTypes);
    const floorBytes = gzBytes('bench-results/floor-dist', floor.url, floorLoaded, routeTypes);
    const swBytes = gzipSync(readFileSync('dist/sw.js')).length;
    const rows = [
      ['first server row, large data set (10,000 servers), cold browser', ms(median(appTimes)), ms(median(floorTimes)), (median(appTimes) / median(floorTimes)).toFixed(2)],
      ['first server row, first visit (worker install, demo data)', ms(median(firstVisit)), ms(median(floorTimes)), (median(firstVisit) / median(floorTimes)).toFixed(2)],
      ['first route, gzipped (html + js + css)', kb(appBytes), kb(floorBytes), (appBytes / floorBytes).toFixed(2)],
      ['service worker (backend), gzipped, off the first route', kb(swBytes), '-', '-'],
    ];
    const table = ['| measure (median of ' + RUNS + ') | console | floor | ratio |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    console.log(`\n${table}\n`);
    console.log(`raw console ms: ${appTimes.map(Math.round).join(', ')}\nraw floor ms: ${floorTimes.map(Math.round).join(', ')}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/load.md', `${table}\n`);
  } finally {
    await app.close();
    await floor.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
// The topology case (1,000 servers in one VPC against a bare React Flow page), on the dist/ built above.
execSync('node scripts/bench-topology.mjs --no-build', { stdio: 'inherit' });
