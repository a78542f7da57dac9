import { expect, test, type Page } from '@playwright/test';
import { Console } from '../pages/console';
import { DEMO, PORTS, origin } from './servers';

/**
 * The team setup: one `npm run api -- --console` (this config's baseURL), opened by several browsers.
 * Every journey starts from the demo data, reset through the server's API.
 */
test.beforeEach(async ({ request }) => {
  const reset = await request.post(`/console/v1/${DEMO}/demo-data`, { data: { action: 'reset' }, headers: { 'x-auth-token': 'e2e' } });
  expect(reset.status()).toBe(200);
});

async function assignVip(ui: Console, ip: string, name: string, beforeAssign: () => void = () => {}) {
  await ui.open('/vips', 'Virtual IPs');
  await ui.page.getByRole('button', { name: 'Assign Virtual IP Address' }).first().click();
  const assign = ui.dialog('Assign Virtual IP Address');
  await ui.choose(assign, 'Subnet', /^subnet-web/);
  await assign.getByText('Manual', { exact: true }).click();
  await assign.getByRole('textbox', { name: 'Virtual IP address' }).fill(ip);
  await assign.getByRole('textbox', { name: 'Name' }).fill(name);
  beforeAssign();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
}

const controlled = (page: Page) => page.evaluate(() => Boolean(navigator.serviceWorker.controller));

test('the console served by npm run api -- --console uses that server, with no in-browser backend', async ({ page, request }) => {
  const ui = new Console(page);
  await ui.open('/vpcs', 'VPCs');
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Backend: This server (${origin(PORTS.team)})` })).toBeVisible();
  expect(await controlled(page)).toBe(false);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // What the page shows is the server's: a VPC made through the API shows after a reload.
  await request.post(`/v1/${DEMO}/vpcs`, { data: { vpc: { name: 'vpc-from-curl', cidr: '10.50.0.0/16' } }, headers: { 'x-auth-token': 'e2e' } });
  await page.reload();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-from-curl' })).toBeVisible();
  // A deep link is the console (SPA fallback), the API paths stay the API.
  await ui.open('/servers', 'Servers');
  await expect(ui.table('Servers').getByRole('link', { name: 'ecs-web-01' })).toBeVisible();
  await ui.nav('Settings').click();
  await expect(page.getByLabel('This browser')).toBeDisabled();
});

test('assign a virtual IP and bind it to two servers: each NIC has its check turned off, on the server', async ({ page, request }) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  await assignVip(ui, '192.168.0.60', 'vip-team');
  await expect(ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.60' })).toBeVisible();

  await ui.table('Virtual IPs').getByRole('button', { name: 'Bind to Server 192.168.0.60' }).click();
  const bind = ui.dialog('Bind 192.168.0.60 to servers');
  await bind.getByRole('checkbox', { name: 'ecs-web-03' }).check();
  await bind.getByRole('checkbox', { name: 'ecs-web-04' }).check();
  await bind.getByRole('button', { name: 'Bind', exact: true }).click();
  const steps = bind.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(bind.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
  await expect(steps.filter({ hasText: '— done' })).toHaveCount(3);
  await bind.getByRole('button', { name: 'Close', exact: true }).click();
  const row = ui.row(ui.table('Virtual IPs'), '192.168.0.60');
  await expect(row.getByRole('link', { name: /^ecs-web-03 / })).toBeVisible();
  await expect(row.getByRole('link', { name: /^ecs-web-04 / })).toBeVisible();
  await ui.expectCheckOff('ecs-web-03');
  await ui.expectCheckOff('ecs-web-04');

  // The server holds it all: the VIP's pairs and the NICs' sentinel pair, read with curl's eyes.
  const ports = (await (await request.get(`/v1/${DEMO}/ports`, { headers: { 'x-auth-token': 'e2e' } })).json()) as {
    ports: { fixed_ips: { ip_address: string }[]; allowed_address_pairs: { ip_address: string }[] }[];
  };
  const byIp = (ip: string) => ports.ports.find((p) => p.fixed_ips.some((f) => f.ip_address === ip))!;
  expect(byIp('192.168.0.60').allowed_address_pairs.map((p) => p.ip_address).sort()).toEqual(['192.168.0.13', '192.168.0.14']);
  expect(byIp('192.168.0.13').allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
  expect(byIp('192.168.0.14').allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
});

test("two browsers on one server see each other's changes without reload", async ({ browser }) => {
  test.setTimeout(120_000);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const a = new Console(await contextA.newPage());
    const b = new Console(await contextB.newPage());
    await a.open('/vips', 'Virtual IPs');
    await b.open('/vips', 'Virtual IPs');
    await expect(b.table('Virtual IPs').getByRole('link', { name: '192.168.0.100' })).toBeVisible();

    // A assigns; B, never reloaded, shows it (its changes stream tells it).
    let started = 0;
    await assignVip(a, '192.168.0.61', 'vip-shared', () => (started = Date.now()));
    await expect(b.table('Virtual IPs').getByRole('link', { name: '192.168.0.61' })).toBeVisible({ timeout: 5_000 });
    console.log(`browser B showed browser A's VIP ${Date.now() - started} ms after A pressed Assign`);

    // B binds it to a server; A's list shows the binding.
    await b.table('Virtual IPs').getByRole('button', { name: 'Bind to Server 192.168.0.61' }).click();
    const bind = b.dialog('Bind 192.168.0.61 to servers');
    await bind.getByRole('checkbox', { name: 'ecs-web-02' }).check();
    await bind.getByRole('button', { name: 'Bind', exact: true }).click();
    await expect(bind.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
    await bind.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(a.row(a.table('Virtual IPs'), '192.168.0.61').getByRole('link', { name: /^ecs-web-02 / })).toBeVisible({ timeout: 5_000 });

    // A releases vip-web; it leaves B's list.
    await (await a.rowAction(a.table('Virtual IPs'), 'Release', '192.168.0.100')).click();
    const release = a.dialog('Release virtual IP 192.168.0.100?');
    await release.getByRole('button', { name: 'Release', exact: true }).click();
    await expect(release).toBeHidden();
    await expect(b.table('Virtual IPs').getByRole('link', { name: '192.168.0.100' })).toHaveCount(0, { timeout: 5_000 });
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
