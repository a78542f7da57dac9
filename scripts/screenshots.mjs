#!/usr/bin/env node
// Takes screenshots of the console's pages from the production build (dist/) into screenshots/,
// for a person to look at. `--readme` also refreshes docs/screenshot.png.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './bench/static-server.mjs';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const pages = (process.argv.slice(2).filter((a) => a.startsWith('/')).length ? process.argv.slice(2).filter((a) => a.startsWith('/')) : ['/vpcs', '/subnets', '/servers', '/vips', '/eips', '/settings']);

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath, args });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    const file = `screenshots/${path.replace(/^\//, '').replace(/[/?=&]/g, '_') || 'home'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  if (process.argv.includes('--readme')) {
    mkdirSync('docs', { recursive: true });
    copyFileSync('screenshots/vips.png', 'docs/screenshot.png');
  }
} finally {
  await browser.close();
  await server.close();
}
