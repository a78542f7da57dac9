import { expect, type Page } from '@playwright/test';
import { DEMO_PROJECT_ID } from '../../src/contract';
import { Console } from './console';

export interface Choice {
  server: string;
  role: 'Active' | 'Standby' | 'Director' | 'Real server';
}

/** Drives the HA wizard (`/ha-groups/new`) by role and label, as a user would. */
export class HaWizard {
  readonly ui: Console;

  constructor(readonly page: Page) {
    this.ui = new Console(page);
  }

  next() {
    return this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async start(mode: 'HA (active/standby)' | 'HA load-balancing cluster (LVS-DR)') {
    await this.ui.open('/vips', 'Virtual IPs');
    await this.page.getByRole('link', { name: 'Set up HA' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Set up HA' })).toBeVisible();
    await this.page.getByRole('radio', { name: mode }).click();
    await this.next();
    await this.ui.choose(this.page.locator('body'), 'VPC', /^vpc-demo/);
    await this.ui.choose(this.page.locator('body'), 'Subnet', /^subnet-web/);
    await this.next();
  }

  async newVip(ip?: string) {
    await this.page.getByRole('radio', { name: 'Assign a new virtual IP' }).click();
    if (ip) {
      await this.page.getByText('Manual', { exact: true }).click();
      await this.page.getByRole('textbox', { name: 'Virtual IP address' }).fill(ip);
    }
    await this.next();
  }

  async existingVip(ip: string) {
    await this.page.getByRole('radio', { name: `Virtual IP ${ip}` }).click();
    await this.next();
  }

  async servers(choices: Choice[]) {
    await expect(this.page.getByRole('table', { name: 'Servers' })).toBeVisible();
    for (const c of choices) await this.ui.choose(this.page.locator('body'), `Role of ${c.server}`, new RegExp(`^${c.role}$`));
  }

  async newEip(name: string) {
    await this.page.getByRole('radio', { name: 'Buy a new EIP' }).click();
    await this.page.getByRole('textbox', { name: 'EIP name' }).fill(name);
    await this.next();
  }

  async apply() {
    await expect(this.page.getByRole('table', { name: 'Checks' })).toBeVisible();
    await this.page.getByRole('button', { name: 'Apply', exact: true }).click();
  }

  steps() {
    return this.page.getByRole('list', { name: 'Apply steps' }).getByRole('listitem');
  }

  async expectApplied() {
    await expect(this.page.getByRole('button', { name: 'Next: Configuration' })).toBeVisible({ timeout: 30_000 });
    await expect(this.steps().filter({ hasText: '— failed' })).toHaveCount(0);
  }

  /** The text of one generated file in the Configuration step (or the group's Configuration tab). */
  async file(server: string, fileName: string) {
    await this.page.getByRole('tab', { name: new RegExp(`^${server}`) }).click();
    const section = this.page.getByRole('region', { name: `${server} ${fileName}` });
    await expect(section).toBeVisible();
    return (await section.locator('pre').innerText()).replace(/\r/g, '');
  }

  /** Arms the backend's fault hook (a test aid): the next matching request answers an error, once. */
  async failNext(fault: { method: string; path_pattern: string; status?: number; message?: string; after?: number }) {
    const status = await this.page.evaluate(
      async ({ project, fault }) => {
        const r = await fetch(`/console/v1/${project}/faults`, {
          method: 'POST',
          headers: { 'X-Auth-Token': 'e2e', 'Content-Type': 'application/json' },
          body: JSON.stringify({ fail_next: fault }),
        });
        return r.status;
      },
      { project: DEMO_PROJECT_ID, fault },
    );
    expect(status).toBe(200);
  }

  /** A NIC's Source/Destination Check, as its server's page shows it. */
  async expectCheckOff(server: string, ip: string) {
    await this.ui.open('/servers', 'Servers');
    await this.page.getByRole('link', { name: server, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Server ${server}` })).toBeVisible();
    const row = this.ui.row(this.ui.table('NICs'), ip);
    await expect(row.getByText('Off: the NIC may answer for virtual IPs')).toBeVisible();
    await expect(row.getByRole('switch', { name: 'Source/Destination Check' })).not.toBeChecked();
  }

  async expectCheckOn(server: string, ip: string) {
    await this.ui.open('/servers', 'Servers');
    await this.page.getByRole('link', { name: server, exact: true }).click();
    const row = this.ui.row(this.ui.table('NICs'), ip);
    await expect(row.getByText('On', { exact: true })).toBeVisible();
    await expect(row.getByRole('switch', { name: 'Source/Destination Check' })).toBeChecked();
  }
}
