import { expect, test, type Page } from '@playwright/test';
import { DEMO_PROJECT_ID, VIP_DEVICE_OWNER } from '../src/contract';
import { Console } from './pages/console';

/** Assigns VIPs in subnet-web through the API, as a script would. */
async function assignVips(page: Page, vips: { ip: string; name: string }[]) {
  const statuses = await page.evaluate(
    async ({ project, vips, owner }) => {
      const headers = { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' };
      const { subnets } = await (await fetch(`/v1/${project}/subnets`, { headers })).json();
      const web = subnets.find((s: { name: string }) => s.name === 'subnet-web');
      const out: number[] = [];
      for (const { ip, name } of vips) {
        const port = { network_id: web.id, device_owner: owner, name, fixed_ips: [{ subnet_id: web.neutron_subnet_id, ip_address: ip }] };
        out.push((await fetch(`/v1/${project}/ports`, { method: 'POST', headers, body: JSON.stringify({ port }) })).status);
      }
      return out;
    },
    { project: DEMO_PROJECT_ID, vips, owner: VIP_DEVICE_OWNER },
  );
  expect(statuses.every((s) => s < 300)).toBe(true);
}

test('bulk release: two free virtual IPs go, a bound one is skipped with its reason', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/vips', 'Virtual IPs');
  await assignVips(page, [
    { ip: '192.168.0.201', name: 'bulk-a' },
    { ip: '192.168.0.202', name: 'bulk-b' },
  ]);
  await page.reload();
  const vips = ui.table('Virtual IPs');
  await expect(vips.getByRole('link', { name: '192.168.0.202', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(ui.row(vips, '192.168.0.50')).toContainText('ecs-web-02');

  for (const ip of ['192.168.0.201', '192.168.0.50', '192.168.0.202']) await vips.getByRole('checkbox', { name: `Select ${ip}` }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Release' }).click();

  const dialog = ui.dialog('Release the selected virtual IPs?');
  await expect(dialog.getByText('Release: 2 of the 3 selected, one after another.')).toBeVisible();
  const bound = dialog.getByRole('listitem').filter({ hasText: '192.168.0.50' });
  await expect(bound).toContainText('— skipped');
  await expect(bound).toContainText('192.168.0.50 is bound to 2 servers; unbind it before releasing it.');
  await dialog.getByRole('button', { name: 'Release 2' }).click();

  await expect(dialog.getByText('Finished: 2 done, 0 refused, 1 skipped.')).toBeVisible({ timeout: 20_000 });
  const results = dialog.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results.filter({ hasText: '192.168.0.201' })).toContainText('— done');
  await expect(results.filter({ hasText: '192.168.0.202' })).toContainText('— done');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await expect(bar).toBeHidden();
  await expect(vips.getByRole('link', { name: '192.168.0.201', exact: true })).toHaveCount(0);
  await expect(vips.getByRole('link', { name: '192.168.0.202', exact: true })).toHaveCount(0);
  await expect(vips.getByRole('link', { name: '192.168.0.50', exact: true })).toBeVisible();
  await expect(vips.getByRole('checkbox', { name: 'Select 192.168.0.50' })).not.toBeChecked();
});

test('a row\'s More menu opens from the keyboard, and its blocked item is reached and says why', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/vips', 'Virtual IPs');
  const more = ui.row(ui.table('Virtual IPs'), '192.168.0.50').getByRole('button', { name: 'More actions for 192.168.0.50' });
  await more.focus();
  await page.keyboard.press('Enter');
  const release = page.getByRole('menuitem', { name: /^Release/ });
  await expect(release).toBeVisible();
  for (let i = 0; i < 4; i++) {
    if (await release.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(release).toBeFocused();
  await expect(release).toHaveAttribute('aria-disabled', 'true');
  await expect(release).toHaveAttribute('aria-description', '192.168.0.50 is bound to 2 servers; unbind it before releasing it.');
  await page.keyboard.press('Enter');
  await expect(ui.dialog(/^Release virtual IP/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(release).toBeHidden();
});
