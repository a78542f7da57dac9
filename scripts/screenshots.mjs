#!/usr/bin/env node
// Takes screenshots of the console's pages from the production build (dist/) into screenshots/, for a
// person to look at.
//   node scripts/screenshots.mjs [/path ...]      the given pages (default: the lists), English, light, 1440 px
//   node scripts/screenshots.mjs --matrix [/path ...]
//                                                 every page (and each list's first detail page) in both
//                                                 languages, both themes, at 390, 1024, 1280 and 1440 px, into
//                                                 screenshots/<lang>-<theme>-<width>/; prints the pages that
//                                                 scroll sideways (the document wider than the window)
//   --readme                                      also refreshes docs/screenshot.png
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './bench/static-server.mjs';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const argv = process.argv.slice(2);
const matrix = argv.includes('--matrix');
const given = argv.filter((a) => a.startsWith('/'));
const LISTS = ['/vpcs', '/subnets', '/servers', '/vips', '/eips', '/ha-groups'];
const pages = given.length ? given : matrix ? [...LISTS, '/ha-groups/new', '/topology', '/operations', '/settings'] : [...LISTS.slice(0, 5), '/settings'];
const combos = matrix
  ? ['en', 'zh-CN'].flatMap((lang) => ['light', 'dark'].flatMap((theme) => [390, 1024, 1280, 1440].map((width) => ({ lang, theme, width }))))
  : [{ lang: 'en', theme: 'light', width: 1440 }];

const fileName = (path) => path.replace(/^\//, '').replace(/[/?=&]/g, '_') || 'home';

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath, args });
const sideways = [];
try {
  for (const { lang, theme, width } of combos) {
    const dir = matrix ? `screenshots/${lang}-${theme}-${width}` : 'screenshots';
    mkdirSync(dir, { recursive: true });
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, locale: lang });
    await context.addInitScript((l) => localStorage.setItem('vip-console:locale', l), lang);
    const page = await context.newPage();
    const shoot = async (label) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const wide = await page.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth);
      if (wide > 0) sideways.push(`${lang} ${theme} ${width}px ${label}: ${wide}px too wide`);
      const file = `${dir}/${fileName(label)}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    };
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      await shoot(path);
      if (matrix && LISTS.includes(path)) {
        const link = page.locator(`main table a[href*="${path}/"]`).first();
        if ((await link.count()) === 0) continue;
        await link.click();
        await page.waitForURL(new RegExp(`${path}/[^/]+`));
        await shoot(`${path}-detail`);
      }
    }
    await context.close();
  }
  if (argv.includes('--readme')) {
    mkdirSync('docs', { recursive: true });
    copyFileSync('screenshots/vips.png', 'docs/screenshot.png');
  }
} finally {
  await browser.close();
  await server.close();
}
if (sideways.length) console.log(`\nScroll sideways:\n${sideways.join('\n')}`);
else if (matrix) console.log('\nNo page scrolls sideways.');
