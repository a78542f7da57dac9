import { expect, test } from '@playwright/test';
import { Console } from './pages/console';

test("a detail page's tabs have a URL each: reload keeps the tab, Back returns to the default one", async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/ha-groups', 'HA groups');
  await page.getByRole('link', { name: 'ha-web', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible();
  const groupUrl = page.url();
  const members = page.getByRole('tab', { name: 'Members' });
  const configuration = page.getByRole('tab', { name: 'Configuration' });
  await expect(members).toHaveAttribute('aria-selected', 'true');
  await expect(ui.table('Members')).toBeVisible();

  await configuration.click();
  await expect(page).toHaveURL(`${groupUrl}/configuration`);
  await expect(configuration).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle('ha-web · Configuration · HA groups · VIP Console');
  await expect(page.getByRole('button', { name: 'Download all (.tar)' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(`${groupUrl}/configuration`);
  await expect(configuration).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Download all (.tar)' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(groupUrl);
  await expect(members).toHaveAttribute('aria-selected', 'true');
  await expect(ui.table('Members')).toBeVisible();
  await expect(page).toHaveTitle('ha-web · HA groups · VIP Console');

  // The tab list is a keyboard widget: the arrow keys move between tabs, and the URL follows.
  await members.focus();
  await page.keyboard.press('ArrowRight');
  await expect(configuration).toBeFocused();
  await expect(page).toHaveURL(`${groupUrl}/configuration`);
});
