import { expect, test } from '@playwright/test';
import { Console } from './pages/console';

const DEMO = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';

test('projects: create one from the header, its address opens it, rename it, and switch back to the demo', async ({ page, context }) => {
  const ui = new Console(page);
  await ui.open('/vpcs', 'VPCs');
  await ui.expectProject(DEMO);
  const switcher = page.getByRole('button', { name: /choose project/ });
  await switcher.click();
  await page.getByRole('menuitem', { name: 'Create project…' }).click();
  const create = ui.dialog('Create project');
  await create.getByRole('textbox', { name: 'Name' }).fill('team a');
  await create.getByRole('button', { name: 'Create project' }).click();
  await expect(create.getByText('Use letters, digits, "-" and "_" only.')).toBeVisible();
  await create.getByRole('textbox', { name: 'Name' }).fill('team-a');
  await ui.choose(create, 'Region', 'cn-east-3');
  await create.getByRole('button', { name: 'Create project' }).click();
  await expect(create).toBeHidden();

  await expect(page).toHaveURL(/\/projects\/[0-9a-f]{32}\/vpcs$/);
  const id = /\/projects\/([0-9a-f]{32})\//.exec(page.url())![1];
  expect(id).not.toBe(DEMO);
  await expect(page.getByText('No VPCs yet')).toBeVisible();
  await expect(switcher).toContainText('team-a');
  await expect(switcher).toContainText('cn-east-3');

  // A link names its project: another tab opening it works in that project, whatever this one does.
  const other = await context.newPage();
  await other.goto(`/projects/${id}/eips`);
  await expect(other.getByText('No EIPs yet')).toBeVisible({ timeout: 30_000 });
  await other.close();

  await switcher.click();
  await page.getByRole('menuitem', { name: 'Rename this project…' }).click();
  const rename = ui.dialog(/Rename project/);
  await rename.getByRole('textbox', { name: 'Name' }).fill('team-b');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(switcher).toContainText('team-b');

  await switcher.click();
  await page.getByRole('menuitem', { name: /demo/ }).click();
  await ui.expectProject(DEMO);
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  // Back returns to the new project, empty as it was: no answer of the demo project shows there.
  await page.goBack();
  await ui.expectProject(id);
  await expect(page.getByText('No VPCs yet')).toBeVisible();
});

test('a read-only user sees every change disabled with the reason, the API refuses it with 403, and the log records who did what', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/settings', 'Settings');
  const users = page.locator('#users');
  await users.getByRole('textbox', { name: 'New user' }).fill('ro-alice');
  await users.getByRole('button', { name: 'Create user' }).click();
  await expect(ui.table('Users').getByRole('cell', { name: 'ro-alice', exact: true })).toBeVisible();

  // As the built-in administrator: bind vip-web to ecs-web-03 from the console.
  await ui.open('/vips', 'Virtual IPs');
  const row = ui.row(ui.table('Virtual IPs'), 'vip-web');
  await row.getByRole('button', { name: 'Bind to Server 192.168.0.100' }).click();
  const bind = ui.dialog('Bind 192.168.0.100 to servers');
  await bind.getByRole('checkbox', { name: 'ecs-web-03' }).check();
  await bind.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(bind.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
  await bind.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(row).toContainText('ecs-web-03');

  await page.getByRole('button', { name: /^Acting as admin/ }).click();
  await page.getByRole('menuitem', { name: /ro-alice/ }).click();
  await expect(page.getByRole('button', { name: /^Acting as ro-alice \(Read-only\)/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You act as ro-alice, who is Read-only' })).toBeVisible();

  const bindButton = row.getByRole('button', { name: 'Bind to Server 192.168.0.100' });
  await expect(bindButton).toBeDisabled();
  const release = await ui.rowAction(row, 'Release', '192.168.0.100');
  await expect(release).toBeDisabled();
  await expect(release).toContainText('Read-only in this project');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Assign Virtual IP Address' })).toBeDisabled();
  // Reachable by keyboard, and it says why.
  await page.getByRole('button', { name: 'Assign Virtual IP Address' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Assign Virtual IP Address' })).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Read-only in this project');
  await bindButton.click({ force: true });
  await expect(ui.dialog(/Bind 192\.168\.0\.100/)).toHaveCount(0);

  // The API refuses the same write with 403 and IAM's words, whatever the screen shows.
  const refusal = await page.evaluate(async (vipName) => {
    const state = JSON.parse(localStorage.getItem('vip-console.acting-user')!).state;
    const project = location.pathname.split('/')[2];
    const token = state.acting[`browser|${project}`].token;
    const ports = await (await fetch(`/v1/${project}/ports?device_owner=neutron:VIP_PORT`, { headers: { 'X-Auth-Token': token } })).json();
    const vip = ports.ports.find((p: { name: string }) => p.name === vipName);
    const r = await fetch(`/v1/${project}/ports/${vip.id}`, { method: 'DELETE', headers: { 'X-Auth-Token': token } });
    return { status: r.status, body: await r.json() };
  }, 'vip-web');
  expect(refusal.status).toBe(403);
  expect(refusal.body.error_msg).toMatch(/Policy doesn't allow vpc:ports:delete to be performed: user ro-alice has the Read-only role/);

  // The log: the bind by admin from the console, the refused delete by ro-alice.
  await ui.nav('Operation log').click();
  const log = ui.table('Operation log');
  await expect(ui.row(log, /updatePort.*vip-web.*admin.*console.*200/)).toBeVisible();
  await expect(ui.row(log, /deletePort.*ro-alice.*403 Console\.0403/)).toBeVisible();
  await ui.choose(page.locator('main'), 'User', 'ro-alice');
  await expect(log.getByRole('row')).toHaveCount(2);
  await log.getByRole('button', { name: /^Details of deletePort/ }).click();
  const drawer = page.getByRole('dialog', { name: /deletePort/ });
  await expect(drawer).toContainText("Policy doesn't allow vpc:ports:delete");
  await page.keyboard.press('Escape');

  // A resource's "Recent operations" opens the log filtered to it.
  await ui.nav('Virtual IPs').click();
  await ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.100' }).click();
  await page.getByRole('link', { name: 'Recent operations' }).click();
  await expect(page).toHaveURL(/\/operations\?resource_type=vip&resource_id=/);
  await expect(log.getByRole('row').filter({ hasText: 'vip-web' }).first()).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'createUser' })).toHaveCount(0);
});
