import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Console } from './pages/console';

const ROUTES: [string, string | RegExp][] = [
  ['/vpcs', 'VPCs'],
  ['/subnets', 'Subnets'],
  ['/servers', 'Servers'],
  ['/vips', 'Virtual IPs'],
  ['/eips', 'EIPs'],
  ['/ha-groups', 'HA groups'],
  ['/topology', 'Topology'],
  ['/operations', 'Operation log'],
  ['/settings', 'Settings'],
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page in the ${scheme} theme: no serious or critical axe violation, the tab named after the page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ui = new Console(page);
    for (const [path, heading] of ROUTES) {
      await ui.open(path, heading);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expect(page).toHaveTitle(new RegExp(`^${typeof heading === 'string' ? heading : heading.source} · `));
      const result = await new AxeBuilder({ page }).exclude('.react-flow__minimap').analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path}: ${v.id} (${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
}

test('the theme toggle switches and is remembered; a skip link leads to the content', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const ui = new Console(page);
  await ui.open('/vpcs', 'VPCs');
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
