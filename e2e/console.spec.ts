import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Console } from './pages/console';

test('the demo data shows on every list', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/', 'VPCs');
  await expect(page).toHaveURL(/\/vpcs$/);
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  await ui.nav('Subnets').click();
  await expect(ui.table('Subnets').getByRole('link', { name: 'subnet-web' })).toBeVisible();
  await ui.nav('Servers').click();
  await expect(ui.table('Servers').getByRole('link', { name: 'ecs-web-01' })).toBeVisible();
  await ui.nav('Virtual IPs').click();
  await expect(ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.100' })).toBeVisible();
  await ui.nav('EIPs').click();
  await expect(ui.row(ui.table('EIPs'), 'eip-web')).toBeVisible();
});

test('create a network, share a virtual IP between two servers, give it an EIP, and find it all after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  await ui.createVpc('vpc-e2e', '10.20.0.0/16');
  await ui.createSubnet(/^vpc-e2e/, 'subnet-e2e', '10.20.1.0/24');
  await ui.createServer('ecs-e2e-a', /^vpc-e2e/, /^subnet-e2e/);
  await ui.createServer('ecs-e2e-b', /^vpc-e2e/, /^subnet-e2e/);

  // Assign a VIP in the subnet's Virtual IPs tab: a reserved address is refused at the form.
  await ui.open('/subnets', 'Subnets');
  await page.getByRole('link', { name: 'subnet-e2e', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Virtual IPs' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Assign Virtual IP Address' }).first().click();
  const assign = ui.dialog('Assign Virtual IP Address');
  await assign.getByText('Manual', { exact: true }).click();
  const ipInput = assign.getByRole('textbox', { name: 'Virtual IP address' });
  await ipInput.fill('10.20.1.1');
  await expect(assign.getByText('10.20.1.1 is reserved')).toBeVisible();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeVisible();
  await ipInput.fill('10.20.2.9');
  await expect(assign.getByText('10.20.2.9 is not in subnet subnet-e2e')).toBeVisible();
  await ipInput.fill('10.20.1.50');
  await expect(ipInput).not.toHaveAttribute('aria-invalid', 'true');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  await expect(ui.toast('Virtual IP assigned')).toBeVisible();
  const vips = ui.table('Virtual IPs of subnet-e2e');
  await expect(vips.getByRole('link', { name: '10.20.1.50' })).toBeVisible();

  // Bind both servers: the modal reports each step.
  await vips.getByRole('button', { name: 'Bind to Server 10.20.1.50' }).click();
  const bind = ui.dialog('Bind 10.20.1.50 to servers');
  await bind.getByRole('textbox', { name: 'Search servers by name' }).fill('ecs-e2e');
  await bind.getByRole('checkbox', { name: 'ecs-e2e-a' }).check();
  await bind.getByRole('checkbox', { name: 'ecs-e2e-b' }).check();
  await bind.getByRole('button', { name: 'Bind', exact: true }).click();
  const steps = bind.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(bind.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
  await expect(steps.filter({ hasText: '— done' })).toHaveCount(3);
  await bind.getByRole('button', { name: 'Close', exact: true }).click();
  const vipRow = ui.row(vips, '10.20.1.50');
  await expect(vipRow.getByRole('link', { name: /^ecs-e2e-a \(10\.20\.1\.\d+\)$/ })).toBeVisible();
  await expect(vipRow.getByRole('link', { name: /^ecs-e2e-b \(10\.20\.1\.\d+\)$/ })).toBeVisible();

  // Both NICs have the check off.
  await ui.expectCheckOff('ecs-e2e-a');
  await ui.expectCheckOff('ecs-e2e-b');

  // Bind an EIP to the VIP.
  await ui.open('/eips', 'EIPs');
  await ui.row(ui.table('EIPs'), 'eip-web').getByRole('button', { name: /^Bind / }).click();
  const eip = ui.dialog(/^Bind EIP /);
  await ui.choose(eip, 'Virtual IP', /^10\.20\.1\.50/);
  await eip.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(eip).toBeHidden();
  await expect(ui.row(ui.table('EIPs'), 'eip-web').getByRole('link', { name: 'Virtual IP 10.20.1.50' })).toBeVisible();

  // Everything is still there after a reload.
  await page.reload();
  await expect(ui.row(ui.table('EIPs'), 'eip-web').getByRole('link', { name: 'Virtual IP 10.20.1.50' })).toBeVisible({ timeout: 30_000 });
  await ui.nav('Virtual IPs').click();
  const row = ui.row(ui.table('Virtual IPs'), '10.20.1.50');
  await expect(row.getByRole('link', { name: /^ecs-e2e-a / })).toBeVisible();
  await expect(row.getByRole('link', { name: /^ecs-e2e-b / })).toBeVisible();
  await expect(row).toContainText('subnet-e2e');
  // One EIP per VIP: the row offers Unbind EIP instead; Release waits until nothing is bound.
  await expect(row.getByRole('button', { name: 'Unbind EIP 10.20.1.50' })).toBeVisible();
  const release = await ui.rowAction(row, 'Release', '10.20.1.50');
  await expect(release).toBeDisabled();
  await expect(release).toContainText('unbind it before releasing it');
  await page.keyboard.press('Escape');
  await (await ui.rowAction(row, 'Unbind EIP', '10.20.1.50')).click();
  const unbindEip = ui.dialog(/^Unbind EIP /);
  await unbindEip.getByRole('button', { name: 'Unbind', exact: true }).click();
  await expect(row.getByRole('button', { name: 'Bind EIP 10.20.1.50' })).toBeEnabled();
  await ui.expectCheckOff('ecs-e2e-a');
});

test("a virtual IP's page says whether servers share it, not its port's status (always DOWN on Huawei Cloud)", async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/vips', 'Virtual IPs');
  await ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.50', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual IP 192.168.0.50' })).toBeVisible();
  await expect(ui.detailValue('Status')).toHaveText('Bound');
  await expect(page.getByText('Down', { exact: true })).toHaveCount(0);
  // The page shows two actions as buttons and the rest, Unbind Servers among them, under More.
  await page.getByRole('button', { name: 'More actions for 192.168.0.50' }).click();
  await expect(page.getByRole('menuitem', { name: /^Unbind Servers/ })).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await ui.open('/vips', 'Virtual IPs');
  await ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.100', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual IP 192.168.0.100' })).toBeVisible();
  await expect(ui.detailValue('Status')).toHaveText('Not bound');
  await page.getByRole('button', { name: 'More actions for 192.168.0.100' }).click();
  await expect(page.getByRole('menuitem', { name: /^Unbind Servers/ })).toHaveAttribute('aria-description', '192.168.0.100 is not bound to any server.');
});

test('a server of another subnet cannot be bound, and says why', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/vips', 'Virtual IPs');
  await ui.table('Virtual IPs').getByRole('button', { name: 'Bind to Server 192.168.0.100' }).click();
  const bind = ui.dialog('Bind 192.168.0.100 to servers');
  const other = bind.getByRole('checkbox', { name: 'ecs-db-02' });
  await expect(other).toBeDisabled();
  await expect(bind.getByText(/ecs-db-02 \(192\.168\.1\.\d+\) is in subnet subnet-db; a virtual IP can be bound only to servers in its own subnet \(subnet-web\)/)).toBeVisible();
  await expect(bind.getByRole('checkbox', { name: 'ecs-web-01' })).toBeEnabled();
});

test('the main pages have no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  const pages: [string, string | RegExp][] = [
    ['/vpcs', 'VPCs'],
    ['/subnets', 'Subnets'],
    ['/servers', 'Servers'],
    ['/vips', 'Virtual IPs'],
    ['/eips', 'EIPs'],
    ['/settings', 'Settings'],
  ];
  for (const [path, heading] of pages) {
    await ui.open(path, heading);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
  await ui.open('/subnets', 'Subnets');
  await page.getByRole('link', { name: 'subnet-web', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Subnet subnet-web' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const detail = await new AxeBuilder({ page }).analyze();
  expect(detail.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('an EIP has its own page: it opens from the list, and releasing it goes back to the list', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/eips', 'EIPs');
  const link = ui.row(ui.table('EIPs'), 'eip-web').getByRole('link').first();
  const address = (await link.textContent())!.trim();
  expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  await link.click();
  await expect(page).toHaveURL(/\/eips\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: `EIP ${address}` })).toBeVisible();
  const crumbs = page.getByLabel('Breadcrumbs');
  await expect(crumbs.getByRole('link', { name: 'EIPs' })).toHaveAttribute('href', /\/projects\/[0-9a-f]{32}\/eips$/);
  await expect(page.getByText('Not bound')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Bind', exact: true }).click();
  const bind = ui.dialog(`Bind EIP ${address}`);
  await expect(bind.getByRole('combobox', { name: 'Virtual IP', exact: true })).toBeVisible();
  await bind.getByRole('button', { name: 'Cancel' }).click();
  await expect(bind).toBeHidden();

  await page.getByRole('button', { name: 'Release', exact: true }).click();
  const release = ui.dialog(`Release EIP ${address}?`);
  await release.getByRole('button', { name: 'Release', exact: true }).click();
  await expect(page).toHaveURL(/\/eips$/);
  await expect(ui.toast('EIP released')).toBeVisible();
  await expect(ui.table('EIPs').getByRole('link', { name: address, exact: true })).toHaveCount(0);
});

test('switching the project shows an empty project, and the demo project comes back', async ({ page }) => {
  const ui = new Console(page);
  const other = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  await ui.open('/settings', 'Settings');
  const input = page.getByRole('textbox', { name: 'Project ID' });
  await input.fill('my project');
  await expect(page.getByText('A project ID has no spaces.')).toBeVisible();
  await input.fill(other);
  await page.getByRole('button', { name: 'Switch project' }).click();
  await ui.expectProject(other);

  await ui.nav('VPCs').click();
  await expect(ui.table('VPCs').getByRole('row')).toHaveCount(1);
  await expect(page.getByText('No VPCs yet')).toBeVisible();
  await ui.nav('EIPs').click();
  await expect(page.getByText('No EIPs yet')).toBeVisible();

  await page.reload();
  await ui.expectProject(other);
  await expect(page.getByText('No EIPs yet')).toBeVisible();

  await ui.nav('Settings').click();
  await page.getByRole('button', { name: 'Use demo project' }).click();
  await ui.expectProject('0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e');
  await ui.nav('VPCs').click();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
});
