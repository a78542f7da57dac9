import { expect, test } from '@playwright/test';
import { Console } from '../pages/console';
import { DEMO } from './servers';

/**
 * Projects, users and the log shared on one `npm run api -- --console`: what one browser does, another
 * browser sees (its project list, its users, the log of who did what).
 */
test('two browsers share projects, users and the operation log on one server', async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const a = await browser.newContext({ baseURL });
  const b = await browser.newContext({ baseURL });
  try {
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    const uiA = new Console(pageA);
    const uiB = new Console(pageB);

    // A creates a project; B finds it in its switcher.
    await uiA.open('/vpcs', 'VPCs');
    await pageA.getByRole('button', { name: /choose project/ }).click();
    await pageA.getByRole('menuitem', { name: 'Create project…' }).click();
    const create = uiA.dialog('Create project');
    await create.getByRole('textbox', { name: 'Name' }).fill(`ops-${stamp}`);
    await create.getByRole('button', { name: 'Create project' }).click();
    await expect(pageA).toHaveURL(/\/projects\/[0-9a-f]{32}\/vpcs$/);
    await uiB.open('/vpcs', 'VPCs');
    await pageB.getByRole('button', { name: /choose project/ }).click();
    await expect(pageB.getByRole('menuitem', { name: new RegExp(`ops-${stamp}`) })).toBeVisible();
    await pageB.keyboard.press('Escape');

    // A adds a read-only user to the demo project; B, acting as it, may change nothing.
    await uiA.open(`/projects/${DEMO}/settings`, 'Settings');
    const users = pageA.locator('#users');
    await users.getByRole('textbox', { name: 'New user' }).fill(`viewer-${stamp}`);
    await users.getByRole('button', { name: 'Create user' }).click();
    await expect(uiA.table('Users').getByRole('cell', { name: `viewer-${stamp}`, exact: true })).toBeVisible();

    await uiB.open(`/projects/${DEMO}/vips`, 'Virtual IPs');
    const vipRow = uiB.row(uiB.table('Virtual IPs'), 'vip-web');
    await vipRow.getByRole('button', { name: 'Bind to Server 192.168.0.100' }).click();
    const bind = uiB.dialog('Bind 192.168.0.100 to servers');
    await bind.getByRole('checkbox', { name: 'ecs-web-04' }).check();
    await bind.getByRole('button', { name: 'Bind', exact: true }).click();
    await expect(bind.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
    await bind.getByRole('button', { name: 'Close', exact: true }).click();

    await pageB.getByRole('button', { name: /^Acting as admin/ }).click();
    await pageB.getByRole('menuitem', { name: new RegExp(`viewer-${stamp}`) }).click();
    await expect(await uiB.rowAction(vipRow, 'Release', '192.168.0.100')).toBeDisabled();
    await pageB.keyboard.press('Escape');
    await expect(pageB.getByRole('status').filter({ hasText: `You act as viewer-${stamp}, who is Read-only` })).toBeVisible();

    // A's log shows B's bind, as it happened, from the console.
    await uiA.open(`/projects/${DEMO}/operations`, 'Operation log');
    await expect(uiA.row(uiA.table('Operation log'), /updatePort.*vip-web.*admin.*console.*200/).first()).toBeVisible();
  } finally {
    await a.close();
    await b.close();
  }
});
