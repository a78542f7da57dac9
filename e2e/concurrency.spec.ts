import { expect, test, type Page } from '@playwright/test';
import { DEMO_PROJECT_ID } from '../src/contract';
import { Console } from './pages/console';

/** Opens Bind to Server for vip-web and picks one server, ready to confirm. */
async function chooseServer(page: Page, server: string) {
  const ui = new Console(page);
  await page.bringToFront();
  await ui.open('/vips', 'Virtual IPs');
  await ui.table('Virtual IPs').getByRole('button', { name: 'Bind to Server 192.168.0.100' }).click();
  const dialog = ui.dialog('Bind 192.168.0.100 to servers');
  await dialog.getByRole('checkbox', { name: server }).check();
  return dialog;
}

/** Arms the backend's fault hook (a test aid): the next matching request answers an error, once. */
async function failNext(page: Page, fault: { method: string; path_pattern: string; status?: number; message?: string; after?: number }) {
  const status = await page.evaluate(
    async ({ project, fault }) =>
      (
        await fetch(`/console/v1/${project}/faults`, {
          method: 'POST',
          headers: { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' },
          body: JSON.stringify({ fail_next: fault }),
        })
      ).status,
    { project: DEMO_PROJECT_ID, fault },
  );
  expect(status).toBe(200);
}

test('two tabs bind different servers to vip-web at the same time: both bindings land', async ({ context }) => {
  test.setTimeout(240_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  const dialogs = [await chooseServer(a, 'ecs-web-03'), await chooseServer(b, 'ecs-web-04')];
  await Promise.all(dialogs.map((d) => d.getByRole('button', { name: 'Bind', exact: true }).click()));
  for (const dialog of dialogs) {
    const close = dialog.getByRole('button', { name: 'Close', exact: true });
    await expect(close).toBeEnabled({ timeout: 20_000 });
    // A tab whose write was overtaken twice is told what changed and may retry; here it must end done.
    const retry = dialog.getByRole('button', { name: 'Retry' });
    if (await retry.isVisible()) await retry.click();
    await expect(dialog.getByRole('list', { name: 'Steps' }).getByRole('listitem').filter({ hasText: '— done' })).toHaveCount(2, { timeout: 20_000 });
    await close.click();
  }
  const ui = new Console(a);
  await a.bringToFront();
  await ui.open('/vips', 'Virtual IPs');
  await ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.100', exact: true }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Virtual IP 192.168.0.100' })).toBeVisible();
  await expect(a.getByRole('link', { name: 'ecs-web-03 (192.168.0.13)' })).toBeVisible();
  await expect(a.getByRole('link', { name: 'ecs-web-04 (192.168.0.14)' })).toBeVisible();
  await a.screenshot({ path: 'test-results/concurrency-vip-both-bound.png' });
});

test('Bind to Server: a failed step offers Retry and Undo; Undo reverses the bind, Retry finishes it', async ({ page }) => {
  test.setTimeout(240_000);
  const ui = new Console(page);
  const vips = () => ui.table('Virtual IPs');

  // The VIP's pairs are written, the NIC's check-off is refused: the step says why, with Retry and Undo.
  let dialog = await chooseServer(page, 'ecs-web-03');
  await failNext(page, { method: 'PUT', path_pattern: '/ports/', after: 1, status: 409, message: 'Injected: the NIC is busy' });
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  const steps = dialog.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem').filter({ hasText: 'Turn off Source/Destination Check on ecs-web-03 (192.168.0.13) — failed' })).toContainText(
    'Injected: the NIC is busy',
  );
  await expect(steps.getByRole('listitem').filter({ hasText: 'Add 192.168.0.13 to the allowed addresses of 192.168.0.100 — done' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.screenshot({ path: 'test-results/bind-failed-retry-undo.png' });
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Undo steps' })).toContainText('Undo: Add 192.168.0.13 to the allowed addresses of 192.168.0.100 — done');
  await page.screenshot({ path: 'test-results/bind-undone.png' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(ui.row(vips(), '192.168.0.100')).not.toContainText('ecs-web-03');

  // The same failure, then Retry: only the failed step runs again, and the bind is complete.
  dialog = await chooseServer(page, 'ecs-web-04');
  await failNext(page, { method: 'PUT', path_pattern: '/ports/', after: 1, status: 409, message: 'Injected: the NIC is busy' });
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.getByRole('list', { name: 'Steps' }).getByRole('listitem').filter({ hasText: '— done' })).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(ui.row(vips(), '192.168.0.100')).toContainText('ecs-web-04 (192.168.0.14)');
  await ui.expectCheckOff('ecs-web-04');
});
