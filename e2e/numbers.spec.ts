import { expect, test, type Locator, type Page } from '@playwright/test';
import { Console } from './pages/console';
import { HaWizard } from './pages/ha-wizard';

/** Types a value, leaves the field (where Mantine used to clamp), and expects it kept with its error. */
async function typeAndExpect(page: Page, field: Locator, value: string, error: string | RegExp, blocked: Locator) {
  await field.fill(value);
  await field.blur();
  await expect(field).toHaveValue(value);
  await expect(page.getByText(error).first()).toBeVisible();
  await expect(blocked).toBeDisabled();
}

test('numbers out of range, not whole or empty are shown with their error and block the wizard and Buy EIP; nothing is clamped', async ({ page }) => {
  test.setTimeout(360_000);
  const w = new HaWizard(page);
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await w.start('HA load-balancing cluster (LVS-DR)');
  await w.newVip();
  await w.servers([
    { server: 'ecs-web-01', role: 'Director' },
    { server: 'ecs-web-02', role: 'Director' },
    { server: 'ecs-web-03', role: 'Real server' },
    { server: 'ecs-web-04', role: 'Real server' },
  ]);
  await expect(next).toBeEnabled();

  const port = page.getByRole('textbox', { name: 'TCP port' });
  await typeAndExpect(page, port, '70000', 'Port must be a whole number from 1 to 65535; 70000 is too large.', next);
  await expect(page.getByRole('status').filter({ hasText: '70000 is too large' })).toBeVisible();
  // The URL keeps what was typed: a reload shows the same value and error, never a default.
  await page.reload();
  await expect(port).toHaveValue('70000', { timeout: 60_000 });
  await expect(next).toBeDisabled();
  await typeAndExpect(page, port, '1.5', 'Port must be a whole number from 1 to 65535; 1.5 is not a whole number.', next);
  await typeAndExpect(page, port, '', 'Enter a port from 1 to 65535.', next);
  await port.fill('8080');
  await expect(next).toBeEnabled();

  const priority = page.getByRole('textbox', { name: 'Priority of ecs-web-01' });
  await typeAndExpect(page, priority, '300', 'Priority must be a whole number from 1 to 254; 300 is too large.', next);
  await priority.fill('150');
  await expect(next).toBeEnabled();

  const vrid = page.getByRole('textbox', { name: 'virtual_router_id' });
  await typeAndExpect(page, vrid, '-3', 'virtual_router_id must be a whole number from 1 to 255; -3 is too small.', next);
  await page.screenshot({ path: test.info().outputPath('wizard-servers.png'), fullPage: true });
  await typeAndExpect(page, vrid, '', 'Enter a virtual_router_id from 1 to 255.', next);
  await vrid.fill('51');
  await expect(next).toBeEnabled();
  await w.next();

  await page.getByRole('radio', { name: 'Buy a new EIP' }).click();
  await page.getByRole('textbox', { name: 'EIP name' }).fill('eip-numbers');
  const bandwidth = page.getByRole('textbox', { name: 'Bandwidth (Mbit/s)' });
  await typeAndExpect(page, bandwidth, '-5', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; -5 is too small.', next);
  await typeAndExpect(page, bandwidth, '5000', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 5000 is too large.', next);
  await typeAndExpect(page, bandwidth, '1.5', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 1.5 is not a whole number.', next);
  await typeAndExpect(page, bandwidth, '', 'Enter a bandwidth from 1 to 2000 Mbit/s.', next);
  await page.screenshot({ path: test.info().outputPath('wizard-internet.png'), fullPage: true });
  await bandwidth.fill('15');
  await expect(next).toBeEnabled();
  await w.next();
  // The review plans exactly the bandwidth shown.
  await expect(page.getByText(/15 Mbit\/s/).first()).toBeVisible();

  // Buy EIP: the same rule, the same words; Buy stays disabled until the bandwidth is valid.
  const ui = new Console(page);
  await ui.open('/eips', 'EIPs');
  await page.getByRole('button', { name: 'Buy EIP' }).click();
  const dialog = ui.dialog('Buy EIP');
  const buy = dialog.getByRole('button', { name: 'Buy EIP' });
  const size = dialog.getByRole('textbox', { name: 'Bandwidth (Mbit/s)' });
  await typeAndExpect(page, size, '5000', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 5000 is too large.', buy);
  await page.screenshot({ path: test.info().outputPath('buy-eip.png') });
  await typeAndExpect(page, size, '-5', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; -5 is too small.', buy);
  await typeAndExpect(page, size, '1.5', 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 1.5 is not a whole number.', buy);
  await typeAndExpect(page, size, '', 'Enter a bandwidth from 1 to 2000 Mbit/s.', buy);
  await size.fill('2000');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('eip-max');
  await buy.click();
  await expect(dialog).toBeHidden();
  await expect(ui.row(ui.table('EIPs'), 'eip-max')).toContainText('2,000 Mbit/s');
});

test('editing an HA group: a priority out of range, empty or taken shows why under the field and blocks Save', async ({ page }) => {
  test.setTimeout(180_000);
  const ui = new Console(page);
  await ui.open('/ha-groups', 'HA groups');
  await page.getByRole('link', { name: 'ha-web', exact: true }).click();
  await page.getByRole('button', { name: 'Edit members' }).click();
  const dialog = ui.dialog('Edit members of ha-web');
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  const priority = dialog.getByRole('textbox', { name: 'Priority of ecs-web-01' });
  await expect(priority).toHaveValue('150', { timeout: 30_000 });
  await typeAndExpect(page, priority, '300', 'Priority must be a whole number from 1 to 254; 300 is too large.', save);
  await page.screenshot({ path: test.info().outputPath('edit-group.png') });
  await typeAndExpect(page, priority, '', 'Enter a priority from 1 to 254.', save);
  await typeAndExpect(page, priority, '100', 'ecs-web-02 has priority 100 too; give each node its own.', save);
  await priority.fill('200');
  await expect(save).toBeEnabled();
});
