import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Console } from './pages/console';

test('export the demo project, import the file into an empty project, and find its servers there', async ({ page }, testInfo) => {
  const ui = new Console(page);
  await ui.open('/settings', 'Settings');
  const card = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Export and import' }) });

  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export project' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^vip-console-0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath('demo.json');
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'vip-console-project', version: 1 });

  // The demo project is not empty: the card says so before posting.
  const choose = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
  };
  await choose(path);
  const warning = ui.dialog('This project is not empty');
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();

  const other = 'e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0';
  await page.getByRole('textbox', { name: 'Project ID' }).fill(other);
  await page.getByRole('button', { name: 'Switch project' }).click();
  await ui.expectProject(other);

  // A broken file is refused whole, each problem named by its path.
  const broken = testInfo.outputPath('broken.json');
  await writeFile(broken, text.replace('"ip_address":"192.168.0.11"', '"ip_address":"192.168.9.4"').replace('"name":"ecs-web-02"', '"name":"ecs web 02"'));
  await choose(broken);
  const refused = card.getByRole('alert');
  await expect(refused).toContainText('broken.json was not imported');
  const problems = refused.getByRole('list', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem').filter({ hasText: /^ports\[\d+\]\.fixed_ips\[0\]\.ip_address: 192\.168\.9\.4 is not in subnet subnet-web/ })).toBeVisible();
  await expect(problems.getByRole('listitem').filter({ hasText: /^servers\[\d+\]\.name: / })).toBeVisible();
  await card.screenshot({ path: testInfo.outputPath('export-import-card-refused.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  await choose(path);
  const done = card.getByRole('status');
  await expect(done).toContainText('Imported demo.json');
  await expect(done).toContainText('Created 1 VPC, 2 subnets, 6 servers, 9 ports, 3 EIPs, 1 HA group.');
  await card.screenshot({ path: testInfo.outputPath('export-import-card.png') });

  await ui.nav('Servers').click();
  await ui.expectProject(other);
  for (const name of ['ecs-web-01', 'ecs-db-02']) await expect(ui.table('Servers').getByRole('link', { name, exact: true })).toBeVisible();
  await ui.nav('HA groups').click();
  await expect(page.getByRole('link', { name: 'ha-web' })).toBeVisible();
});

test('a new project from a file: named in the form, created with everything in it, and opened', async ({ page }, testInfo) => {
  const ui = new Console(page);
  await ui.open('/settings', 'Settings');
  const card = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Export and import' }) });
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export project' }).click();
  const path = testInfo.outputPath('demo.json');
  await (await downloading).saveAs(path);

  const chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'New project from a file…' }).click();
  await (await chooser).setFiles(path);
  const dialog = ui.dialog('New project from demo.json');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('demo');
  await dialog.getByRole('button', { name: 'Create and import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cn-north-4_demo already exists');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('demo-copy');
  await dialog.getByRole('button', { name: 'Create and import' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/projects\/[0-9a-f]{32}\/vpcs$/);
  expect(page.url()).not.toContain('0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e');
  await expect(page.getByRole('button', { name: /choose project/ })).toContainText('demo-copy');
  await ui.nav('Servers').click();
  for (const name of ['ecs-web-01', 'ecs-db-02']) await expect(ui.table('Servers').getByRole('link', { name, exact: true })).toBeVisible();
});
