import { expect, type Locator, type Page } from '@playwright/test';

/** Small helpers over the console's screens; everything is found by role and label. */
export class Console {
  constructor(readonly page: Page) {}

  async open(path: string, heading: string | RegExp) {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  }

  /** The console works in project `id`: the address names it, and so does the header. */
  async expectProject(id: string) {
    await expect(this.page).toHaveURL(new RegExp(`/projects/${id}(/|$)`));
    await expect(this.page.getByRole('banner').getByLabel(new RegExp(`Project .*${id}`))).toBeVisible({ timeout: 30_000 });
  }

  /**
   * A row action on `subject`: its button, or (when the row keeps it in its "More" menu) the menu item,
   * after opening the menu.
   */
  async rowAction(scope: Locator, label: string, subject: string): Promise<Locator> {
    const direct = scope.getByRole('button', { name: `${label} ${subject}`, exact: true });
    if ((await direct.count()) > 0) return direct;
    await scope.getByRole('button', { name: `More actions for ${subject}` }).click();
    return this.page.getByRole('menuitem', { name: new RegExp(`^${label}`) });
  }

  nav(name: string) {
    return this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
  }

  /** The value of a detail page's summary item, found by its label (a term of the summary's list). */
  detailValue(label: string) {
    return this.page
      .locator('dl > div')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  dialog(name: string | RegExp) {
    return this.page.getByRole('dialog', { name });
  }

  table(name: string) {
    return this.page.getByRole('table', { name, exact: true });
  }

  row(table: Locator, text: string | RegExp) {
    return table.getByRole('row').filter({ hasText: text });
  }

  /** Picks an option of a Mantine Select found by its label. */
  async choose(scope: Locator, label: string, option: string | RegExp) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  toast(text: string | RegExp) {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }

  async createVpc(name: string, cidr: string) {
    await this.open('/vpcs', 'VPCs');
    await this.page.getByRole('button', { name: 'Create VPC' }).first().click();
    const dialog = this.dialog('Create VPC');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'CIDR block' }).fill(cidr);
    await dialog.getByRole('button', { name: 'Create VPC' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  async createSubnet(vpcLabel: RegExp, name: string, cidr: string) {
    await this.open('/subnets', 'Subnets');
    await this.page.getByRole('button', { name: 'Create Subnet' }).first().click();
    const dialog = this.dialog('Create Subnet');
    await this.choose(dialog, 'VPC', vpcLabel);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'CIDR block' }).fill(cidr);
    await dialog.getByRole('button', { name: 'Create Subnet' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  async createServer(name: string, vpcLabel: RegExp, subnetLabel: RegExp) {
    await this.open('/servers', 'Servers');
    await this.page.getByRole('button', { name: 'Create Server' }).first().click();
    const dialog = this.dialog('Create Server');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.choose(dialog, 'VPC', vpcLabel);
    await this.choose(dialog, 'Subnet', subnetLabel);
    await dialog.getByRole('button', { name: 'Create Server' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(this.page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  async expectCheckOff(serverName: string) {
    await this.open('/servers', 'Servers');
    await this.page.getByRole('link', { name: serverName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Server ${serverName}` })).toBeVisible();
    const check = this.table('NICs').getByRole('switch', { name: 'Source/Destination Check' });
    await expect(check).toHaveCount(1);
    await expect(check).not.toBeChecked();
  }
}
