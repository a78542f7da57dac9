import { expect, test } from '@playwright/test';
import { Console } from '../pages/console';
import { DEMO, PORTS, REMOTE_AK, REMOTE_SK, REMOTE_TOKEN, origin, startServer } from './servers';

const preview = origin(PORTS.preview);
const remote = origin(PORTS.remote);

test('the console under vite preview switches in Settings to a remote npm run api (token, then AK/SK signed in the page), and works there', async ({ page, request }) => {
  test.setTimeout(120_000);
  const ui = new Console(page);
  await page.goto(`${preview}/vpcs`);
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Backend: This browser' })).toBeVisible();
  // Something only the in-browser backend has.
  await page.getByRole('button', { name: 'Create VPC' }).first().click();
  const create = ui.dialog('Create VPC');
  await create.getByRole('textbox', { name: 'Name' }).fill('vpc-in-browser');
  await create.getByRole('textbox', { name: 'CIDR block' }).fill('10.60.0.0/16');
  await create.getByRole('button', { name: 'Create VPC' }).click();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-in-browser' })).toBeVisible();

  await ui.nav('Settings').click();
  await page.getByLabel('A Huawei-compatible endpoint').check();
  const url = page.getByRole('textbox', { name: 'Endpoint URL' });
  const token = page.getByRole('textbox', { name: 'Token' });
  const save = page.getByRole('button', { name: 'Save', exact: true });

  // A server that does not name this origin in --cors: the test says how to start it.
  await url.fill(origin(PORTS.team));
  await token.fill('anything');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(`npm run api -- --cors ${preview}`);
  await expect(save).toBeDisabled();

  // The right server, a wrong token: the server's own words.
  await url.fill(remote);
  await token.fill('wrong-token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('refused the credential (401): The X-Auth-Token is not valid for this server.');
  await expect(save).toBeDisabled();
  await page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Backend' }) }).screenshot({ path: test.info().outputPath('backend-card-401.png') });

  await token.fill(REMOTE_TOKEN);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(`Connected: ${remote} answered the VPC list`);

  // AK/SK: signed in the page with Web Crypto; a wrong secret is refused, the right one works and is saved.
  await page.getByText('AK/SK', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Access key (AK)' }).fill(REMOTE_AK);
  const sk = page.getByRole('textbox', { name: 'Secret key (SK)' });
  await sk.fill('not-the-secret');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('refused the credential (401): The AK/SK signature does not match the request');
  await sk.fill(REMOTE_SK);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(`Connected: ${remote} answered the VPC list`);
  await page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Backend' }) }).screenshot({ path: test.info().outputPath('backend-card-aksk.png') });
  await save.click();
  await expect(page.getByRole('link', { name: `Backend: ${remote}` })).toBeVisible();
  await expect(page.getByLabel(`Backend in use: ${remote}`)).toBeVisible();

  // The lists now come from the remote server (not the in-browser VPC), and its changes stream in.
  await ui.nav('VPCs').click();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-in-browser' })).toHaveCount(0);
  const made = await request.post(`${remote}/v1/${DEMO}/vpcs`, {
    data: { vpc: { name: 'vpc-made-elsewhere', cidr: '10.61.0.0/16' } },
    headers: { 'x-auth-token': REMOTE_TOKEN },
  });
  expect(made.status()).toBe(200);
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-made-elsewhere' })).toBeVisible({ timeout: 5_000 });
  await ui.nav('Servers').click();
  await expect(ui.table('Servers').getByRole('link', { name: 'ecs-web-01' })).toBeVisible();

  // Kept across a reload; back to this browser brings its own data back.
  await page.reload();
  await expect(page.getByRole('link', { name: `Backend: ${remote}` })).toBeVisible({ timeout: 30_000 });
  await ui.nav('Settings').click();
  await page.getByLabel('This browser').check();
  await save.click();
  await ui.nav('VPCs').click();
  await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-in-browser' })).toBeVisible();
});

test('a browser that had the in-browser backend on an origin drops it when npm run api -- --console serves that origin', async ({ page }) => {
  test.setTimeout(150_000);
  const spare = origin(PORTS.spare);
  const ui = new Console(page);
  let server = await startServer(`npx vite preview --outDir dist-remote --host 127.0.0.1 --port ${PORTS.spare} --strictPort`, PORTS.spare, spare);
  try {
    await page.goto(`${spare}/vpcs`);
    await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 20_000 });
    await server.stop();
    server = await startServer(`npx tsx scripts/api-server.ts --console dist-remote`, PORTS.spare, `${spare}/`);
    // The old worker still answers this navigation, from its cache; the server's /sw.js removes it and reloads.
    await page.reload();
    await expect(page.getByRole('link', { name: `Backend: This server (${spare})` })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(false);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    await expect(ui.table('VPCs').getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  } finally {
    await server.stop();
  }
});
