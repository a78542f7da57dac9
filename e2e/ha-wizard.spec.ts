import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_PROJECT_ID } from '../src/contract';
import { HaWizard } from './pages/ha-wizard';

test('HA: one active and two standbys on a new VIP (manual IP) with a new EIP; bindings, checks, EIP and configs', async ({ page }) => {
  test.setTimeout(150_000);
  const w = new HaWizard(page);
  await w.start('HA (active/standby)');
  await w.newVip('192.168.0.60');

  // Only servers of subnet-web can be chosen; the others say why. ecs-db-01 has NICs in two subnets: it asks which.
  const outsider = page.getByRole('row').filter({ hasText: 'ecs-db-02' });
  await expect(outsider.getByText('ecs-db-02 (192.168.1.12) is in subnet subnet-db; a virtual IP can be bound only to servers in its own subnet (subnet-web).')).toBeVisible();
  await expect(outsider.getByRole('combobox', { name: 'Role of ecs-db-02' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'NIC of ecs-db-01' })).toHaveValue('192.168.0.21 (subnet-web)');
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Choose one active server.' })).toBeVisible();

  await w.servers([
    { server: 'ecs-web-03', role: 'Active' },
    { server: 'ecs-web-04', role: 'Standby' },
    { server: 'ecs-db-01', role: 'Standby' },
  ]);
  await expect(page.getByRole('textbox', { name: 'Priority of ecs-web-03' })).toHaveValue('150');
  await expect(page.getByRole('textbox', { name: 'Priority of ecs-web-04' })).toHaveValue('100');
  await expect(page.getByRole('textbox', { name: 'Priority of ecs-db-01' })).toHaveValue('90');
  await w.next();
  await w.newEip('eip-e2e-ha');

  // Review: every check with its verdict; the check-off warning names the three NICs.
  const checks = page.getByRole('table', { name: 'Checks' });
  await expect(checks.getByRole('row')).toHaveCount(9);
  await expect(checks.getByRole('row').filter({ hasText: 'Source/destination check' })).toContainText('On for ecs-web-03, ecs-web-04, ecs-db-01');
  await expect(checks.getByText('Fail', { exact: true })).toHaveCount(0);

  // Apply: every call is a visible step.
  await w.apply();
  await w.expectApplied();
  await expect(w.steps()).toHaveCount(9);
  await expect(w.steps().filter({ hasText: '— done' })).toHaveCount(9);
  await expect(page).toHaveURL(/[?&]group=/);

  // Configuration: priorities and unicast peers per node.
  await page.getByRole('button', { name: 'Next: Configuration' }).click();
  const active = await w.file('ecs-web-03', 'keepalived.conf');
  expect(active).toContain('state MASTER');
  expect(active).toContain('priority 150');
  expect(active).toContain('unicast_src_ip 192.168.0.13');
  expect(active).toMatch(/unicast_peer \{\n\s+192\.168\.0\.14\n\s+192\.168\.0\.21\n\s+\}/);
  expect(active).toContain('192.168.0.60/24 dev eth0');
  const standby = await w.file('ecs-db-01', 'keepalived.conf');
  expect(standby).toContain('priority 90');
  expect(standby).toContain('unicast_src_ip 192.168.0.21');
  expect(standby).toMatch(/unicast_peer \{\n\s+192\.168\.0\.13\n\s+192\.168\.0\.14\n\s+\}/);
  expect(await w.file('ecs-web-04', 'standby-sysctl.sh')).toContain('net.ipv4.ip_forward = 0');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all (.tar)' }).click();
  expect((await download).suggestedFilename()).toBe('ha-subnet-web.tar');

  // The VIP lists the three servers, the EIP is bound to it, each NIC has the check off.
  await w.ui.open('/vips', 'Virtual IPs');
  const vip = w.ui.row(w.ui.table('Virtual IPs'), '192.168.0.60');
  for (const name of ['ecs-web-03 (192.168.0.13)', 'ecs-web-04 (192.168.0.14)', 'ecs-db-01 (192.168.0.21)']) {
    await expect(vip.getByRole('link', { name })).toBeVisible();
  }
  await w.ui.open('/eips', 'EIPs');
  await expect(w.ui.row(w.ui.table('EIPs'), 'eip-e2e-ha').getByRole('link', { name: 'Virtual IP 192.168.0.60' })).toBeVisible();
  await w.expectCheckOff('ecs-web-03', '192.168.0.13');
  await w.expectCheckOff('ecs-web-04', '192.168.0.14');
  await w.expectCheckOff('ecs-db-01', '192.168.0.21');

  // The group has its own pages.
  await w.ui.nav('HA groups').click();
  const group = w.ui.row(w.ui.table('HA groups'), 'ha-subnet-web');
  await expect(group).toContainText('Complete');
  await group.getByRole('link', { name: 'ha-subnet-web' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-subnet-web' })).toBeVisible();
  await expect(w.ui.table('Members').getByRole('row')).toHaveCount(4);
});

test('LVS-DR: two directors and three new real servers; all five NICs have the check off, the directors list the real servers', async ({ page }) => {
  test.setTimeout(150_000);
  const w = new HaWizard(page);
  await w.ui.open('/servers', 'Servers');
  // Three real servers in subnet-web, created through the API from the page (the ECS create call).
  const created = await page.evaluate(async (project) => {
    const headers = { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' };
    const subnets = (await (await fetch(`/v1/${project}/subnets`, { headers })).json()).subnets as { id: string; name: string; vpc_id: string }[];
    const web = subnets.find((s) => s.name === 'subnet-web')!;
    const r = await fetch(`/v1/${project}/cloudservers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ server: { name: 'ecs-rs', imageRef: 'ubuntu-22.04', flavorRef: 's6.small.1', vpcid: web.vpc_id, nics: [{ subnet_id: web.id }], root_volume: { volumetype: 'SSD' }, count: 3 } }),
    });
    return r.status;
  }, DEMO_PROJECT_ID);
  expect(created).toBe(200);

  await w.start('HA load-balancing cluster (LVS-DR)');
  await w.newVip();
  await w.servers([
    { server: 'ecs-web-03', role: 'Director' },
    { server: 'ecs-web-04', role: 'Director' },
    { server: 'ecs-rs-0001', role: 'Real server' },
    { server: 'ecs-rs-0002', role: 'Real server' },
    { server: 'ecs-rs-0003', role: 'Real server' },
  ]);
  await page.getByRole('textbox', { name: 'TCP port' }).fill('8080');
  await w.ui.choose(page.locator('body'), 'Scheduler', /^wlc/);
  await page.getByText('HTTP', { exact: true }).click();
  await page.getByRole('textbox', { name: 'HTTP check path' }).fill('/healthz');
  await w.next();
  await w.next(); // no EIP
  await expect(page.getByRole('table', { name: 'Checks' }).getByRole('row').filter({ hasText: 'Roles' })).toContainText('2 directors and 3 real servers.');
  await w.apply();
  await w.expectApplied();
  await expect(w.steps().filter({ hasText: 'Turn off Source/Destination Check' })).toHaveCount(5);

  await page.getByRole('button', { name: 'Next: Configuration' }).click();
  const director = await w.file('ecs-web-03', 'keepalived.conf');
  expect(director).toMatch(/virtual_server 192\.168\.0\.\d+ 8080 \{/);
  expect(director).toContain('lb_algo wlc');
  expect(director).toContain('lb_kind DR');
  expect(director.match(/real_server 192\.168\.0\.\d+ 8080 \{/g)).toHaveLength(3);
  expect(director).toContain('path /healthz');
  expect(await w.file('ecs-rs-0001', 'lvs-dr-realserver.sh')).toContain('net.ipv4.conf.all.arp_ignore = 1');

  const ips = await page.evaluate(async (project) => {
    const headers = { 'X-Auth-Token': 'e2e' };
    const servers = (await (await fetch(`/v1/${project}/cloudservers/detail?name=ecs-rs`, { headers })).json()).servers as { name: string; addresses: Record<string, { addr: string }[]> }[];
    return Object.fromEntries(servers.map((s) => [s.name, Object.values(s.addresses)[0][0].addr]));
  }, DEMO_PROJECT_ID);
  await w.expectCheckOff('ecs-web-03', '192.168.0.13');
  await w.expectCheckOff('ecs-web-04', '192.168.0.14');
  for (const name of ['ecs-rs-0001', 'ecs-rs-0002', 'ecs-rs-0003']) await w.expectCheckOff(name, ips[name]);
});

test('a failure injected at the binding step: the message shows, Retry completes without doing anything twice', async ({ page }) => {
  test.setTimeout(120_000);
  const w = new HaWizard(page);
  // Entry point: Configure HA on the VIP's row opens the wizard with its VPC, subnet and VIP chosen.
  await w.ui.open('/vips', 'Virtual IPs');
  await (await w.ui.rowAction(w.ui.table('Virtual IPs'), 'Configure HA', '192.168.0.100')).click();
  await expect(page).toHaveURL(/\/ha-groups\/new\?/);
  await page.getByRole('radio', { name: 'HA (active/standby)' }).click();
  await w.next();
  await expect(page.getByRole('combobox', { name: 'Subnet' })).toHaveValue(/^subnet-web/);
  await w.next();
  await expect(page.getByRole('radio', { name: 'Virtual IP 192.168.0.100' })).toHaveAttribute('aria-checked', 'true');
  await w.next();
  await w.servers([
    { server: 'ecs-web-03', role: 'Active' },
    { server: 'ecs-web-04', role: 'Standby' },
  ]);
  await w.next();
  await page.getByRole('radio', { name: 'Bind an unbound EIP' }).click();
  await w.next();
  await w.failNext({ method: 'PUT', path_pattern: '/ports/', status: 409, message: 'Injected failure: the port is being updated by another request.' });
  await w.apply();
  const bind = w.steps().filter({ hasText: 'Bind virtual IP 192.168.0.100' });
  await expect(bind).toContainText('— failed');
  await expect(bind.getByRole('alert')).toHaveText('Injected failure: the port is being updated by another request.');
  await expect(w.steps().filter({ hasText: 'Save HA group' })).toContainText('— done');
  await expect(w.steps().filter({ hasText: '— pending' })).toHaveCount(4);
  // The tab is closed and the wizard's URL opened again: it reads how far the group got and offers the same two choices.
  await expect(page).toHaveURL(/[?&]group=/);
  const url = page.url();
  await page.goto('/vips');
  await page.goto(url);
  await expect(page.getByText('The setup is incomplete')).toBeVisible({ timeout: 30_000 });
  await expect(w.steps().filter({ hasText: 'Save HA group' })).toContainText('— already done');
  await expect(w.steps().filter({ hasText: 'Bind virtual IP 192.168.0.100' })).toContainText('— pending');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByRole('button', { name: 'Retry' }).click();
  await w.expectApplied();
  await expect(w.steps().filter({ hasText: 'Save HA group' })).toContainText('— already done');
  await expect(w.steps().filter({ hasText: 'Bind virtual IP 192.168.0.100' })).toContainText(/— done$/);
  await w.ui.open('/vips', 'Virtual IPs');
  const vip = w.ui.row(w.ui.table('Virtual IPs'), '192.168.0.100');
  await expect(vip.getByRole('link', { name: 'ecs-web-03 (192.168.0.13)' })).toBeVisible();
  await expect(vip.getByRole('link', { name: 'ecs-web-04 (192.168.0.14)' })).toBeVisible();
  await w.ui.open('/eips', 'EIPs');
  await expect(w.ui.row(w.ui.table('EIPs'), 'eip-web').getByRole('link', { name: 'Virtual IP 192.168.0.100' })).toBeVisible();
  await w.ui.nav('HA groups').click();
  await expect(w.ui.table('HA groups').getByRole('row')).toHaveCount(3);
});

/** Every port's address and pairs, every EIP's binding, every HA group: what Undo must leave as it was. */
const snapshotOf = (page: import('@playwright/test').Page) =>
  page.evaluate(async (project) => {
    const headers = { 'X-Auth-Token': 'e2e' };
    const get = async (path: string) => (await fetch(path, { headers })).json();
    const ports = (await get(`/v1/${project}/ports`)).ports.map((p: { fixed_ips: { ip_address: string }[]; allowed_address_pairs: unknown }) => [p.fixed_ips[0].ip_address, p.allowed_address_pairs]);
    const eips = (await get(`/v1/${project}/publicips`)).publicips.map((e: { alias: string; port_id?: string }) => [e.alias, e.port_id ?? null]);
    const groups = (await get(`/console/v1/${project}/ha-groups`)).ha_groups.map((g: { name: string; status: string }) => [g.name, g.status]);
    return { ports: ports.sort(), eips: eips.sort(), groups };
  }, DEMO_PROJECT_ID);

test('a failure injected at the binding step, then Undo in the wizard: the data is as before the wizard', async ({ page }) => {
  test.setTimeout(120_000);
  const w = new HaWizard(page);
  await w.ui.open('/vips', 'Virtual IPs');
  const before = await snapshotOf(page);
  await w.start('HA (active/standby)');
  await w.newVip('192.168.0.61');
  await w.servers([
    { server: 'ecs-web-03', role: 'Active' },
    { server: 'ecs-web-04', role: 'Standby' },
  ]);
  await w.next();
  await w.newEip('eip-e2e-bind-fail');
  await w.failNext({ method: 'PUT', path_pattern: '/ports/', status: 409, message: 'Injected failure at the bind.' });
  await w.apply();
  await expect(w.steps().filter({ hasText: 'Bind virtual IP 192.168.0.61' })).toContainText('Injected failure at the bind.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Everything the wizard applied is reversed; the data is as before.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Undo steps' }).getByRole('listitem').filter({ hasText: '— done' })).toHaveCount(2);
  expect(await snapshotOf(page)).toEqual(before);
  // The choices are kept: back to Review, the same plan can be applied again.
  await page.getByRole('button', { name: 'Back to Review' }).click();
  await expect(page.getByRole('table', { name: 'Checks' })).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]group=/);
});

test('a failure at the binding step, the tab closed, the group reopened incomplete: Undo leaves the data as before', async ({ page }) => {
  test.setTimeout(120_000);
  const w = new HaWizard(page);
  const snapshot = () => snapshotOf(page);
  await w.ui.open('/vips', 'Virtual IPs');
  const before = await snapshot();

  await w.start('HA (active/standby)');
  await w.newVip();
  await w.servers([
    { server: 'ecs-web-03', role: 'Active' },
    { server: 'ecs-web-04', role: 'Standby' },
  ]);
  await w.next();
  await w.newEip('eip-e2e-undo');
  // Let the VIP bind through, fail the first check-off after it: there is something of each kind to undo.
  await w.failNext({ method: 'PUT', path_pattern: '/ports/', after: 1, message: 'Injected failure after the bind.' });
  await w.apply();
  await expect(w.steps().filter({ hasText: '— failed' })).toContainText('Injected failure after the bind.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

  // The tab goes away mid-way; the group is there, incomplete, with Retry and Undo.
  await page.goto('/ha-groups');
  const row = w.ui.row(w.ui.table('HA groups'), 'ha-subnet-web');
  await expect(row).toContainText('Incomplete');
  await row.getByRole('link', { name: 'ha-subnet-web', exact: true }).click();
  await expect(page.getByText('Setup incomplete')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(/\/ha-groups$/, { timeout: 30_000 });
  await expect(w.ui.table('HA groups').getByRole('row')).toHaveCount(2);
  expect(await snapshot()).toEqual(before);
});

test('the demo HA group: edit members (a new standby is bound with its check off, priorities follow), then delete it releasing VIP and EIP', async ({ page }) => {
  test.setTimeout(120_000);
  const w = new HaWizard(page);
  await w.ui.open('/ha-groups', 'HA groups');
  await w.ui.row(w.ui.table('HA groups'), 'ha-web').getByRole('link', { name: 'ha-web', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit members' }).click();
  const edit = w.ui.dialog('Edit members of ha-web');
  await edit.getByRole('textbox', { name: 'Priority of ecs-web-02' }).fill('110');
  await w.ui.choose(edit, 'Add a standby server', /^ecs-web-03 /);
  await edit.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(edit.getByRole('textbox', { name: 'Priority of ecs-web-03' })).toHaveValue('100');
  await edit.getByRole('button', { name: 'Save' }).click();
  const steps = edit.getByRole('list', { name: 'Save steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(edit.getByRole('button', { name: 'Close', exact: true })).toBeEnabled({ timeout: 20_000 });
  await expect(steps.filter({ hasText: '— done' })).toHaveCount(3);
  await edit.getByRole('button', { name: 'Close', exact: true }).click();
  const members = w.ui.table('Members');
  await expect(w.ui.row(members, 'ecs-web-03')).toContainText('Standby');
  await expect(w.ui.row(members, 'ecs-web-03')).toContainText('Yes');
  await expect(w.ui.row(members, 'ecs-web-03').getByText('Off', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Configuration' }).click();
  const active = await w.file('ecs-web-01', 'keepalived.conf');
  expect(active).toMatch(/unicast_peer \{\n\s+192\.168\.0\.12\n\s+192\.168\.0\.13\n\s+\}/);
  expect(await w.file('ecs-web-02', 'keepalived.conf')).toContain('priority 110');

  // Delete: the members are unbound; the VIP and the EIP are released on request.
  await page.getByRole('button', { name: 'Delete' }).click();
  const del = w.ui.dialog('Delete HA group ha-web');
  await del.getByRole('checkbox', { name: 'Also release virtual IP 192.168.0.50' }).check();
  await del.getByRole('checkbox', { name: /^Also release EIP / }).check();
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/ha-groups$/, { timeout: 20_000 });
  await expect(w.ui.table('HA groups').getByRole('row')).toHaveCount(1);
  await w.ui.open('/vips', 'Virtual IPs');
  await expect(w.ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.50', exact: true })).toHaveCount(0);
  await expect(w.ui.table('Virtual IPs').getByRole('link', { name: '192.168.0.100', exact: true })).toBeVisible();
  await w.ui.open('/eips', 'EIPs');
  await expect(w.ui.row(w.ui.table('EIPs'), 'eip-ha')).toHaveCount(0);
});

test('the HA pages and every wizard step have no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  const w = new HaWizard(page);
  const check = async (where: string) => {
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  };
  await w.ui.open('/ha-groups', 'HA groups');
  await check('HA groups');
  await page.getByRole('link', { name: 'ha-web', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible();
  await check('HA group');
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await check('HA group configuration');
  await w.start('HA (active/standby)');
  await check('wizard: virtual IP');
  await w.newVip();
  await check('wizard: servers');
  await w.servers([
    { server: 'ecs-web-03', role: 'Active' },
    { server: 'ecs-web-04', role: 'Standby' },
  ]);
  await w.next();
  await check('wizard: internet');
  await w.next();
  await expect(page.getByRole('table', { name: 'Checks' })).toBeVisible();
  await check('wizard: review');
  await w.apply();
  await w.expectApplied();
  await check('wizard: apply');
  await page.getByRole('button', { name: 'Next: Configuration' }).click();
  await expect(page.getByRole('tab', { name: /^ecs-web-03/ })).toBeVisible();
  await check('wizard: configuration');
});
