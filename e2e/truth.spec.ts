import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PROJECT_ID } from '../src/contract';
import { Console } from './pages/console';

/** This journey waits on several reads per screen; give a loaded machine time. */
const expect = baseExpect.configure({ timeout: 30_000 });

const FLAG = 'Check on: VIP traffic will be dropped';

/** A full-page screenshot at 1440 px and at 1024 px wide, into this test's output folder. */
async function shots(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}-1440.png`), fullPage: true });
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.screenshot({ path: info.outputPath(`${name}-1024.png`), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/**
 * Through the raw API, as a script would: bind vip-web (192.168.0.100) to ecs-web-03 without turning
 * its check off, and turn the check back on for ecs-web-01, the active member of ha-web.
 */
function makeHalfDoneBindings(page: Page) {
  return page.evaluate(async (project) => {
    const headers = { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' };
    const ports = (await (await fetch(`/v1/${project}/ports`, { headers })).json()).ports as { id: string; name: string; fixed_ips: { ip_address: string }[] }[];
    const vip = ports.find((p) => p.name === 'vip-web')!;
    const nic = (ip: string) => ports.find((p) => p.fixed_ips[0]?.ip_address === ip && p.name !== 'vip-web')!;
    const put = (id: string, pairs: { ip_address: string }[]) =>
      fetch(`/v1/${project}/ports/${id}`, { method: 'PUT', headers, body: JSON.stringify({ port: { allowed_address_pairs: pairs } }) }).then((r) => r.status);
    return [await put(vip.id, [{ ip_address: '192.168.0.13' }]), await put(nic('192.168.0.11').id, []), vip.id] as const;
  }, DEMO_PROJECT_ID);
}

/** The flags must be readable: no serious or critical axe violation on the flagged screen. */
async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openHaWeb(ui: Console) {
  await ui.open('/ha-groups', 'HA groups');
  await ui.page.getByRole('link', { name: 'ha-web', exact: true }).click();
  await expect(ui.page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible();
}

test('a half-done bind is flagged on the VIP list, VIP page, server page and HA group page, and fixed in one click', async ({ page }, info) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  await ui.open('/vips', 'Virtual IPs');
  const [vipStatus, nicStatus, vipId] = await makeHalfDoneBindings(page);
  expect([vipStatus, nicStatus]).toEqual([200, 200]);

  // VIP list: both VIPs flag their check-on NIC.
  await page.reload();
  const vips = ui.table('Virtual IPs');
  await expect(ui.row(vips, '192.168.0.100').getByText(FLAG)).toBeVisible();
  await expect(ui.row(vips, '192.168.0.50').getByText(FLAG)).toBeVisible();
  await expect(ui.row(vips, '192.168.0.50').getByRole('link', { name: /ecs-web-02/ })).toBeVisible();
  await expect(vips.getByText(FLAG)).toHaveCount(2);
  await shots(page, info, 'vip-list-flagged');
  await expectAccessible(page, 'VIP list with flags');

  // VIP page: the alert and the flag name the NIC.
  await page.goto(`/vips/${vipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual IP 192.168.0.100' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'A binding is half done' })).toContainText('NIC 192.168.0.13 holds virtual IP 192.168.0.100');
  await expect(page.getByText(FLAG)).toBeVisible();
  await shots(page, info, 'vip-page-flagged');

  // Server page and its NICs tab; the fix is one click there.
  await page.getByRole('link', { name: 'ecs-web-03 (192.168.0.13)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Server ecs-web-03' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'A binding is half done' })).toBeVisible();
  const nics = ui.table('NICs');
  await expect(nics.getByText(FLAG)).toBeVisible();
  await expect(nics.getByRole('switch', { name: 'Source/Destination Check' })).toBeChecked();
  await shots(page, info, 'server-page-flagged');
  await nics.getByRole('button', { name: 'Turn check off on NIC 192.168.0.13' }).click();
  await expect(ui.toast('Source/Destination Check off')).toBeVisible();
  await expect(nics.getByRole('switch', { name: 'Source/Destination Check' })).not.toBeChecked();
  await expect(page.getByText(FLAG)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'A binding is half done' })).toHaveCount(0);

  // HA group page: the member flagged, the verdict says so at the top, then fixed in one click.
  await openHaWeb(ui);
  const members = ui.table('Members');
  const active = ui.row(members, 'ecs-web-01');
  await expect(active.getByText(FLAG)).toBeVisible();
  await expect(active.getByText('Check on: cannot hold the VIP')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'ha-web is degraded' })).toContainText("ecs-web-01's NIC 192.168.0.11 is on");
  await expect(page.getByText('Degraded', { exact: true })).toBeVisible();
  await shots(page, info, 'ha-group-check-on');
  await expectAccessible(page, 'HA group with a check-on member');
  await active.getByRole('button', { name: 'Turn check off on NIC 192.168.0.11' }).click();
  await expect(active.getByText('Can hold the VIP')).toBeVisible();
  await expect(page.getByText(FLAG)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'ha-web is degraded' })).toHaveCount(0);
  await expect(page.getByText('Complete', { exact: true })).toBeVisible();

  // And the VIP list is clean again.
  await ui.open('/vips', 'Virtual IPs');
  await expect(ui.row(ui.table('Virtual IPs'), '192.168.0.100').getByRole('link', { name: 'ecs-web-03 (192.168.0.13)' })).toBeVisible();
  await expect(page.getByText(FLAG)).toHaveCount(0);
});

test('deleting the active member of ha-web names the group and the VIP first; the group then says what is missing and offers no configuration', async ({ page }, info) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  await ui.open('/servers', 'Servers');
  await (await ui.rowAction(ui.table('Servers'), 'Delete', 'ecs-web-01')).click();
  const dialog = ui.dialog('Delete server ecs-web-01?');
  await expect(dialog.getByText('ha-web loses its active member ecs-web-01: 192.168.0.50 fails over to ecs-web-02 (standby); the group becomes incomplete.')).toBeVisible();
  await expect(dialog.getByText(/virtual IP vip-ha \(192\.168\.0\.50\) is bound to ecs-web-01 \(192\.168\.0\.11\): that binding is removed; it stays bound to 192\.168\.0\.12\./)).toBeVisible();
  await shots(page, info, 'delete-dialog-cascade');
  await dialog.getByRole('button', { name: 'Delete Server' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  // A server nothing depends on keeps the plain confirmation.
  await (await ui.rowAction(ui.table('Servers'), 'Delete', 'ecs-web-04')).click();
  const plain = ui.dialog('Delete server ecs-web-04?');
  await expect(plain.getByText('Server ecs-web-04 will be deleted with its NICs; their addresses return to their subnets.')).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Delete Server' })).toBeEnabled();
  await expect(plain.getByLabel('What this affects')).toHaveCount(0);
  await plain.getByRole('button', { name: 'Cancel' }).click();

  await ui.open('/ha-groups', 'HA groups');
  await expect(ui.row(ui.table('HA groups'), 'ha-web').getByText('Incomplete', { exact: true })).toBeVisible();
  await expect(ui.row(ui.table('HA groups'), 'ha-web')).toContainText('ha-web has no active member');
  await shots(page, info, 'ha-group-list-incomplete');
  await openHaWeb(ui);
  await expect(page.getByRole('alert').filter({ hasText: 'ha-web is incomplete' })).toContainText(
    'ha-web has no active member: edit the members and choose the server that should hold 192.168.0.50.',
  );
  await shots(page, info, 'ha-group-incomplete');
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await expect(page.getByText('No configuration while the group is incomplete')).toBeVisible();
  await expect(page.getByText(/keepalived needs at least 2 nodes to fail over; ha-web has 1 \(ecs-web-02\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download all (.tar)' })).toHaveCount(0);
  await expect(page.getByText('unicast_peer')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /keepalived\.conf/ })).toHaveCount(0);
  await shots(page, info, 'ha-group-config-withheld');
});

test('stopping an HA member asks first; the group page then shows the member stopped at the top', async ({ page }, info) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  // A server nothing depends on stops at once, without a question.
  await ui.open('/servers', 'Servers');
  await page.getByRole('button', { name: 'Stop ecs-db-02' }).click();
  await expect(ui.toast('Server stopped')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('link', { name: 'ecs-web-01', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Server ecs-web-01' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = ui.dialog('Stop server ecs-web-01?');
  await expect(dialog.getByText("ha-web's active member ecs-web-01 stops: 192.168.0.50 fails over to ecs-web-02 (standby) until it is started again.")).toBeVisible();
  await shots(page, info, 'stop-dialog-cascade');
  await dialog.getByRole('button', { name: 'Stop Server' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.toast('Server stopped').filter({ hasText: 'ecs-web-01' })).toBeVisible();

  await openHaWeb(ui);
  await expect(page.getByRole('alert').filter({ hasText: 'ha-web is degraded' })).toContainText('ecs-web-01 is stopped, so it cannot hold the VIP: start it.');
  const active = ui.row(ui.table('Members'), 'ecs-web-01');
  await expect(active.getByText('Stopped', { exact: true })).toBeVisible();
  await expect(active.getByText('Stopped: cannot hold the VIP')).toBeVisible();
  await expect(page.getByText('Complete', { exact: true })).toHaveCount(0);
  await shots(page, info, 'ha-group-member-stopped');
});
