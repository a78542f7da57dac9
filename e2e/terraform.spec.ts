import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { Console } from './pages/console';

test('an HA group exports as Terraform: the dialog shows its HCL and downloads it as a .tf file and as a zip of its files', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/ha-groups', 'HA groups');
  await page.getByRole('link', { name: 'ha-web', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HA group ha-web' })).toBeVisible();

  await page.getByRole('button', { name: 'Export as Terraform' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as Terraform' });
  const code = dialog.getByLabel('Terraform configuration');
  await expect(code).toContainText('resource "huaweicloud_networking_vip" "vip_ha"', { timeout: 15_000 });
  await expect(code).toContainText('huaweicloud_compute_instance.ecs_web_02.network[0].port');
  await expect(code).not.toContainText('"vip_web"');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .tf' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('ha-web.tf');
  const content = await readFile((await file.path())!, 'utf8');
  expect(content).toContain('# ---- variables.tf ----');
  expect(content).toContain('resource "huaweicloud_networking_vip_associate" "vip_ha"');
  expect(content).toContain('resource "huaweicloud_vpc_eip_associate" "eip_ha"');
  expect(content).toMatch(/protocol\s+= "112"/);
  expect(content.match(/source_dest_check = false/g)).toHaveLength(2);

  const zipping = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .zip' }).click();
  const zip = await zipping;
  expect(zip.suggestedFilename()).toBe('ha-web.zip');
  const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
  expect(Object.keys(files).sort()).toEqual(['ha-web/main.tf', 'ha-web/outputs.tf', 'ha-web/variables.tf']);
  expect(strFromU8(files['ha-web/variables.tf'])).toContain('variable "admin_pass"');
  expect(strFromU8(files['ha-web/main.tf'])).toContain('resource "huaweicloud_networking_vip_associate" "vip_ha"');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the topology exports its whole view as Terraform when nothing is selected', async ({ page }) => {
  const ui = new Console(page);
  await ui.open('/topology', 'Topology');
  await expect(page.getByTestId('topology')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export as Terraform' }).click();
  const code = page.getByRole('dialog', { name: 'Export as Terraform' }).getByLabel('Terraform configuration');
  await expect(code).toContainText('resource "huaweicloud_vpc" "vpc_demo"', { timeout: 15_000 });
  await expect(code).toContainText('resource "huaweicloud_vpc_subnet" "subnet_db"');
  await expect(code).toContainText('resource "huaweicloud_networking_vip" "vip_web"');
});
