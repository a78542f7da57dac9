import { expect, test, type Locator, type Page } from '@playwright/test';
import { Console } from './pages/console';

const DEMO_PROJECT_ID = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';

/** Presses on `from`, moves to `to` in small steps (as a hand would) and returns before releasing. */
async function dragTo(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 });
}

async function openVpcTopology(page: Page) {
  const ui = new Console(page);
  await ui.open('/topology', 'Topology');
  await expect(page).toHaveURL(/\/topology\/[^/]+$/);
  await expect(page.getByTestId('topology')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Virtual IP 192.168.0.100', { exact: true })).toBeVisible();
  // The diagram opens at a readable zoom, wider than the window: see all of it, as a user would to draw.
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(400);
  return ui;
}

async function demoGroupId(page: Page): Promise<string> {
  const groups = await page.evaluate(async (project) => {
    const r = await fetch(`/console/v1/${project}/ha-groups`, { headers: { 'X-Auth-Token': 'e2e' } });
    return ((await r.json()) as { ha_groups: { id: string; name: string; members: unknown[] }[] }).ha_groups;
  }, DEMO_PROJECT_ID);
  expect(groups.length).toBeGreaterThan(0);
  return groups[0].id;
}

test('the demo HA group diagram shows its VIP, EIP and members with their roles', async ({ page }) => {
  await openVpcTopology(page);
  const id = await demoGroupId(page);
  await page.goto(`/topology/ha-groups/${id}`);
  const diagram = page.getByTestId('topology');
  await expect(diagram).toBeVisible({ timeout: 30_000 });
  await expect(diagram.getByLabel('Server ecs-web-01, Running, Active')).toBeVisible();
  await expect(diagram.getByLabel('Server ecs-web-02, Running, Standby')).toBeVisible();
  await expect(diagram.getByLabel('Virtual IP 192.168.0.50', { exact: true })).toBeVisible();
  await expect(diagram.getByLabel('EIP 192.0.2.1', { exact: true })).toBeVisible();
  await expect(diagram.locator('.react-flow__node-eip')).toHaveCount(1);
  await expect(diagram.getByLabel('Server ecs-web-03', { exact: false })).toHaveCount(0);
  await expect(diagram.locator('.react-flow__edge')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/topology-ha-group.png' });
});

test('drawing a NIC to a VIP binds it after confirming, and deleting the edge unbinds', async ({ page }) => {
  test.setTimeout(90_000);
  const ui = await openVpcTopology(page);
  const nic = page.getByLabel('NIC 192.168.0.13 of ecs-web-03');
  const vip = page.getByLabel('Virtual IP 192.168.0.100', { exact: true });
  await dragTo(page, nic, vip);
  await expect(page.getByTestId('connection-hint')).toContainText('Release to bind');
  await page.mouse.up();

  const dialog = ui.dialog('Bind virtual IP');
  await expect(dialog).toContainText('Bind 192.168.0.100 (vip-web) to ecs-web-03 (192.168.0.13)');
  await expect(dialog).toContainText('turns the Source/Destination Check off on this NIC (it is on now)');
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Steps' })).toContainText('Turn off Source/Destination Check on ecs-web-03 (192.168.0.13) — done');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const edge = page.locator('.react-flow__edge[aria-label="Binding of NIC 192.168.0.13"]');
  await expect(edge).toHaveCount(1);
  await page.screenshot({ path: 'test-results/topology-bound.png' });

  await ui.nav('Virtual IPs').click();
  await expect(ui.row(ui.table('Virtual IPs'), '192.168.0.100')).toContainText('ecs-web-03');

  await ui.nav('Topology').click();
  await expect(edge).toHaveCount(1, { timeout: 30_000 });
  await edge.click();
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('Binding of NIC 192.168.0.13');
  await page.keyboard.press('Delete');
  const confirm = ui.dialog('Unbind virtual IP 192.168.0.100');
  await expect(confirm).toContainText('no longer be bound to ecs-web-03 (192.168.0.13)');
  await confirm.getByRole('button', { name: 'Unbind' }).click();
  await expect(confirm).toBeHidden();
  await expect(edge).toHaveCount(0);
  await ui.nav('Virtual IPs').click();
  await expect(ui.row(ui.table('Virtual IPs'), '192.168.0.100')).not.toContainText('ecs-web-03');
});

test('a NIC of another subnet is refused while dragging and on release, with the reason', async ({ page }) => {
  await openVpcTopology(page);
  await dragTo(page, page.getByLabel('NIC 192.168.1.12 of ecs-db-02'), page.getByLabel('Virtual IP 192.168.0.100', { exact: true }));
  const reason = 'ecs-db-02 (192.168.1.12) is in subnet subnet-db; a virtual IP can be bound only to servers in its own subnet (subnet-web).';
  await expect(page.getByTestId('connection-hint')).toHaveText(reason);
  await page.screenshot({ path: 'test-results/topology-refused-drag.png' });
  await page.mouse.up();
  await expect(page.getByRole('alert').filter({ hasText: 'Connection refused' })).toContainText(reason);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('stopping the master makes the standby MASTER after its master-down interval, and the VIP moves', async ({ page }) => {
  test.setTimeout(90_000);
  await openVpcTopology(page);
  const id = await demoGroupId(page);
  await page.goto(`/topology/ha-groups/${id}`);
  const sim = page.getByRole('region', { name: 'Failover simulation' });
  await expect(sim).toBeVisible({ timeout: 30_000 });
  // keepalived starts in BACKUP even with state MASTER; ecs-web-01 takes the VIP when its master-down timer runs out.
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('BACKUP');
  await expect(sim.getByTestId('sim-state-ecs-web-02')).toHaveText('BACKUP');
  await expect(sim.getByTestId('sim-lab-check')).toContainText('Checked against keepalived 2.2.7');

  await sim.getByText('20x').click();
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByTestId('sim-time')).toHaveText(/t = ([5-9]|\d\d+)\.\d s/, { timeout: 15_000 });
  await sim.getByRole('button', { name: 'Pause' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('MASTER');
  await expect(page.getByTestId('vip-holder')).toContainText('held by ecs-web-01');
  await sim.getByRole('listitem', { name: 'Member ecs-web-01' }).getByRole('button', { name: 'Stop server' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('STOPPED');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-02')).toHaveText('MASTER', { timeout: 15_000 });
  await sim.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('vip-holder')).toContainText('held by ecs-web-02');

  await sim.getByLabel('Show advertisements').check();
  const rows = sim.getByRole('log', { name: 'Timeline' }).locator('[data-kind]');
  const events = await rows.evaluateAll((els) => els.map((e) => ({ at: Number(e.getAttribute('data-at')), kind: e.getAttribute('data-kind'), text: e.textContent ?? '' })));
  const stoppedAt = events.find((e) => e.kind === 'stopped' && e.text.includes('ecs-web-01'))!.at;
  const lastAdvert = Math.max(...events.filter((e) => e.kind === 'advert' && e.text.includes('ecs-web-01') && e.at <= stoppedAt).map((e) => e.at));
  const master = events.find((e) => e.kind === 'master' && e.text.includes('ecs-web-02'))!;
  const priority = Number((await sim.getByRole('listitem', { name: 'Member ecs-web-02' }).textContent())!.match(/prio (\d+)/)![1]);
  // keepalived's VRRPv2: Master_Down_Interval = 3 x advert_int + (256 - priority) / 256.
  expect(master.at).toBeCloseTo(lastAdvert + 3 + (256 - priority) / 256, 6);
  expect(events.some((e) => e.kind === 'garp' && e.text.includes('ecs-web-02') && e.at === master.at)).toBe(true);
  await page.screenshot({ path: 'test-results/topology-failover.png' });
});

test('a failing health check can be restored before it reaches FAULT, and the lab figures list each scenario', async ({ page }) => {
  await openVpcTopology(page);
  const id = await demoGroupId(page);
  await page.goto(`/topology/ha-groups/${id}`);
  const sim = page.getByRole('region', { name: 'Failover simulation' });
  await expect(sim).toBeVisible({ timeout: 30_000 });
  const member = sim.getByRole('listitem', { name: 'Member ecs-web-01' });
  await expect(member.getByRole('button', { name: 'Restore' })).toBeDisabled();
  await member.getByRole('button', { name: 'Fail health check' }).click();
  // Still BACKUP (fall 3 has not run out), yet the service can come back: the next check passes.
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('BACKUP');
  await expect(member.getByRole('button', { name: 'Fail health check' })).toBeDisabled();
  await member.getByRole('button', { name: 'Restore' }).click();
  await expect(member.getByRole('button', { name: 'Restore' })).toBeDisabled();
  await expect(member.getByRole('button', { name: 'Fail health check' })).toBeEnabled();
  await expect(sim.getByRole('log', { name: 'Timeline' })).toContainText("ecs-web-01's checked service is back");

  await sim.getByTestId('sim-lab-check').hover();
  await expect(page.getByRole('tooltip')).toContainText('ha-web (2 members), First start');
});

/** Makes vip-web (192.168.0.100) an LVS-DR group: directors ecs-web-03 and ecs-web-04, real servers ecs-web-01 and ecs-web-02. */
async function createLvsGroup(page: Page): Promise<string> {
  return page.evaluate(async (project) => {
    const headers = { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' };
    const get = async (path: string) => (await fetch(path, { headers })).json();
    const send = async (method: string, path: string, body: unknown) => {
      const r = await fetch(path, { method, headers, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return r.json();
    };
    type P = { id: string; device_id: string; device_owner: string; name: string; fixed_ips: { ip_address: string }[]; network_id: string };
    const { ports } = (await get(`/v1/${project}/ports?limit=200`)) as { ports: P[] };
    const vip = ports.find((p) => p.name === 'vip-web')!;
    const { servers } = (await get(`/v1/${project}/cloudservers/detail?limit=100`)) as { servers: { id: string; name: string }[] };
    const nicOf = (name: string) => {
      const server = servers.find((s) => s.name === name)!;
      return { server, nic: ports.find((p) => p.device_id === server.id && p.network_id === vip.network_id)! };
    };
    const [d1, d2, r1, r2] = ['ecs-web-03', 'ecs-web-04', 'ecs-web-01', 'ecs-web-02'].map(nicOf);
    await send('PUT', `/v1/${project}/ports/${vip.id}`, { port: { allowed_address_pairs: [d1, d2].map((d) => ({ ip_address: d.nic.fixed_ips[0].ip_address })) } });
    const member = (x: ReturnType<typeof nicOf>, role: string, priority: number) => ({ server_id: x.server.id, port_id: x.nic.id, role, priority });
    const { ha_group } = await send('POST', `/console/v1/${project}/ha-groups`, {
      ha_group: {
        name: 'lvs-web',
        mode: 'lvs-dr',
        vip_port_id: vip.id,
        members: [member(d1, 'director', 150), member(d2, 'director', 100), member(r1, 'backend', 0), member(r2, 'backend', 0)],
        virtual_router_id: 60,
        preempt: true,
        service: { protocol: 'TCP', port: 80, scheduler: 'rr', persistence_timeout: 0, health_check: { type: 'TCP' } },
        status: 'complete',
      },
    });
    return ha_group.id as string;
  }, DEMO_PROJECT_ID);
}

test('LVS-DR: a real server failing its health check leaves the rotation at the next check plus retries, and comes back when restored', async ({ page }) => {
  test.setTimeout(90_000);
  await openVpcTopology(page);
  const id = await createLvsGroup(page);
  await page.goto(`/topology/ha-groups/${id}`);
  const diagram = page.getByTestId('topology');
  await expect(diagram.getByLabel('Server ecs-web-03, Running, Director')).toBeVisible({ timeout: 30_000 });
  await expect(diagram.locator('.react-flow__edge:has(.topo-edge-lvs)')).toHaveCount(4);

  // The directors were bound through the API, so their check is still on: the badge fixes it in one click.
  const director = diagram.getByLabel('Server ecs-web-03, Running, Director');
  await director.getByRole('button', { name: /Check on: turn off/ }).click();
  await expect(page.locator('.mantine-Notification-root').filter({ hasText: 'Source/Destination Check turned off' })).toBeVisible();
  await expect(director.getByRole('button', { name: /Check on/ })).toHaveCount(0);
  await expect(diagram.getByLabel('Server ecs-web-04, Running, Director').getByRole('button', { name: /Check on/ })).toHaveCount(1);

  const sim = page.getByRole('region', { name: 'Failover simulation' });
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('IN ROTATION');
  await sim.getByText('20x').click();
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByTestId('sim-time')).toHaveText(/t = ([4-9]|\d\d+)\.\d s/, { timeout: 15_000 });
  await sim.getByRole('button', { name: 'Pause' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-03')).toHaveText('MASTER');
  await sim.getByRole('listitem', { name: 'Member ecs-web-01' }).getByRole('button', { name: 'Fail health check' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('LEAVING');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('OUT OF ROTATION', { timeout: 15_000 });
  await sim.getByRole('button', { name: 'Pause' }).click();
  await page.screenshot({ path: 'test-results/topology-lvs-out.png' });

  const events = await sim
    .getByRole('log', { name: 'Timeline' })
    .locator('[data-kind]')
    .evaluateAll((els) => els.map((e) => ({ at: Number(e.getAttribute('data-at')), kind: e.getAttribute('data-kind'), text: e.textContent ?? '' })));
  const failedAt = events.find((e) => e.kind === 'rs-failing')!.at;
  const removed = events.find((e) => e.kind === 'rs-removed')!;
  // The generated keepalived.conf checks every 6 s (delay_loop) and retries 3 times 3 s apart.
  expect(removed.at).toBeCloseTo(Math.ceil(failedAt / 6) * 6 + 3 * 3, 6);
  await expect(sim.getByTestId('sim-state-ecs-web-02')).toHaveText('IN ROTATION');

  await sim.getByRole('listitem', { name: 'Member ecs-web-01' }).getByRole('button', { name: 'Restore' }).click();
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByTestId('sim-state-ecs-web-01')).toHaveText('IN ROTATION', { timeout: 15_000 });
});

test('without dragging: select a server with the keyboard, Bind to VIP…, pick the VIP, confirm', async ({ page }) => {
  const ui = await openVpcTopology(page);
  await page.locator('.react-flow__node-server', { hasText: 'ecs-web-04' }).focus();
  await page.keyboard.press('Enter');
  const selection = page.getByRole('region', { name: 'Selection' });
  await expect(selection).toContainText('Server ecs-web-04');
  await selection.getByRole('button', { name: 'Bind to VIP…' }).focus();
  await page.keyboard.press('Enter');
  const pick = ui.dialog('Bind ecs-web-04 to a virtual IP');
  await expect(pick.getByRole('radio', { name: /192\.168\.0\.50 \(vip-ha\) ← NIC 192\.168\.0\.14/ })).toBeEnabled();
  await pick.getByRole('radio', { name: /192\.168\.0\.100 \(vip-web\) ← NIC 192\.168\.0\.14/ }).check();
  await pick.getByRole('button', { name: 'Continue…' }).click();
  const dialog = ui.dialog('Bind virtual IP');
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('.react-flow__edge[aria-label="Binding of NIC 192.168.0.14"]')).toHaveCount(1);
});

test('the HA group page has a Topology tab with the diagram', async ({ page }) => {
  await openVpcTopology(page);
  const id = await demoGroupId(page);
  await page.goto(`/ha-groups/${id}`);
  await page.getByRole('tab', { name: 'Topology' }).click();
  await expect(page.getByTestId('topology').getByLabel('Server ecs-web-01, Running, Active')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Failover simulation' })).toBeVisible();
});

test('an EIP drawn to a VIP follows the EIP rule: refused where the VIP has one, bound after confirming where it has none', async ({ page }) => {
  const ui = await openVpcTopology(page);
  const spare = page.locator('.react-flow__node-eip', { hasText: '203.0.113.254' }).locator('.topo-eip-handle');
  await dragTo(page, spare, page.getByLabel('Virtual IP 192.168.0.50', { exact: true }));
  await expect(page.getByTestId('connection-hint')).toContainText('This address already has EIP 192.0.2.1, and only one EIP can be bound to it');
  await page.mouse.up();
  await expect(page.getByRole('alert').filter({ hasText: 'Connection refused' })).toContainText('only one EIP');

  await dragTo(page, spare, page.getByLabel('Virtual IP 192.168.0.100', { exact: true }));
  await expect(page.getByTestId('connection-hint')).toContainText('Release to bind');
  await page.mouse.up();
  const dialog = ui.dialog('Bind EIP 203.0.113.254');
  await expect(dialog).toContainText('will reach virtual IP 192.168.0.100');
  await dialog.getByRole('button', { name: 'Bind' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__edge[aria-label="EIP 203.0.113.254 binding"]')).toHaveCount(1);
});

test("a subnet's menu adds a server there and assigns a VIP there", async ({ page }) => {
  const ui = await openVpcTopology(page);
  await page.getByRole('button', { name: 'Subnet subnet-db menu' }).click();
  await page.getByRole('menuitem', { name: 'Add server here' }).click();
  const add = ui.dialog('Add a server to subnet-db');
  await add.getByRole('textbox', { name: 'Name' }).fill('ecs-db-03');
  await add.getByRole('button', { name: 'Create' }).click();
  await expect(add).toBeHidden({ timeout: 20_000 });
  await expect(page.getByLabel('Server ecs-db-03, Running', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.react-flow__node-subnet', { hasText: 'subnet-db' })).toContainText('3 servers');

  // The diagram keeps the viewport when it grows; Fit view brings the wider subnet back into view.
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Subnet subnet-db menu' }).click();
  await page.getByRole('menuitem', { name: 'Assign VIP here' }).click();
  const assign = ui.dialog('Assign Virtual IP Address');
  await expect(assign).toContainText('Reserved in subnet-db');
});
