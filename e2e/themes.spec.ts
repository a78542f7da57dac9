import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every list page, and from each the detail page of its first row. */
const ROUTES: { path: string; detail?: string }[] = [
  { path: '/vpcs', detail: '/vpcs/' },
  { path: '/subnets', detail: '/subnets/' },
  { path: '/servers', detail: '/servers/' },
  { path: '/vips', detail: '/vips/' },
  { path: '/eips', detail: '/eips/' },
  { path: '/ha-groups', detail: '/ha-groups/' },
  { path: '/ha-groups/new' },
  { path: '/topology' },
  { path: '/operations' },
  { path: '/settings' },
];

async function settled(page: Page) {
  // A detail page's heading holds a placeholder until the resource is read: wait for its words.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/, { timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

async function checkPage(page: Page, where: string) {
  await settled(page);
  expect(await page.title(), `${where}: the tab is named after the page`).toContain(' · ');
  const result = await new AxeBuilder({ page }).exclude('.react-flow__minimap').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map((v) => `${where}: ${v.id} (${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')})`);
}

/** The document is no wider than the window: nothing scrolls sideways. */
async function sideways(page: Page, where: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  return scroll > width ? [`${where}: the page is ${scroll} px wide in a ${width} px window`] : [];
}

/**
 * Each language, theme and width: a phone, two laptops and a desktop. Axe's findings depend on the theme
 * (contrast) and on the width (the phone's navigation drawer, wrapped headers, truncated names).
 */
const WIDTHS = [1440, 1280, 1024, 390] as const;

for (const locale of ['en', 'zh-CN'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      test(`every page in ${locale}, ${scheme} theme, ${width} px: no serious or critical axe violation, no sideways scroll, each tab named after its page`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript((l) => localStorage.setItem('vip-console:locale', l), locale);
        await page.emulateMedia({ colorScheme: scheme });
        const problems: string[] = [];
        for (const { path, detail } of ROUTES) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          problems.push(...(await checkPage(page, path)), ...(await sideways(page, path)));
          if (!detail) continue;
          const first = page.locator(`main table a[href*="${detail}"]`).first();
          await first.click();
          await expect(page).toHaveURL(new RegExp(`${detail}[^/]+`));
          problems.push(...(await checkPage(page, `${path} (detail)`)), ...(await sideways(page, `${path} (detail)`)));
        }
        expect(problems).toEqual([]);
      });
    }
  }
}

test('the theme toggle switches and is remembered; a skip link leads to the content', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/vpcs');
  await settled(page);
  await page.getByRole('button', { name: 'Use the dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Use the light theme' })).toBeVisible({ timeout: 30_000 });

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test.describe('a first visit from a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('reads Chinese, switches to English, and keeps the choice', async ({ page }) => {
    await page.goto('/subnets');
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: '子网', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: '虚拟IP', exact: true })).toBeVisible();
    await page.getByRole('button', { name: /切换到 ?English/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Subnets' })).toBeVisible();
    await page.reload();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Subnets' })).toBeVisible();
    await page.getByRole('button', { name: /Switch to 简体中文/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
