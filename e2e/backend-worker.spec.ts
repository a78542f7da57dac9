import { expect, test } from '@playwright/test';

const DEMO = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';

/** Calls the API from inside the page, so the service worker answers (page.request would bypass it). */
async function api(page: import('@playwright/test').Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, {
        method,
        headers: { 'x-auth-token': 'e2e', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, type: r.headers.get('content-type'), body: r.status === 204 ? null : await r.json() };
    },
    { method, path, body },
  );
}

test('the service worker controls the page and answers the Huawei API from IndexedDB', async ({ page }) => {
  await page.goto('/vpcs');
  await expect(page.getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const list = await api(page, 'GET', `/v1/${DEMO}/vpcs`);
  expect(list.status).toBe(200);
  expect(list.type).toContain('application/json');
  expect(list.body.vpcs.map((v: { name: string }) => v.name)).toContain('vpc-demo');

  const refused = await api(page, 'POST', `/v1/${DEMO}/vpcs`, { vpc: { name: 'bad', cidr: '8.8.8.0/24' } });
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ code: 'VPC.0002', error_code: 'VPC.0002' });

  const unauthenticated = await page.evaluate(async (p) => (await fetch(`/v1/${p}/vpcs`)).status, DEMO);
  expect(unauthenticated).toBe(401);
});

test('data written through the worker survives a reload and a hard reload', async ({ page }) => {
  await page.goto('/vpcs');
  await expect(page.getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  const created = await api(page, 'POST', `/v1/${DEMO}/vpcs`, { vpc: { name: 'vpc-kept', cidr: '10.20.0.0/16' } });
  expect(created.status).toBe(200);

  await page.reload();
  await expect(page.getByRole('link', { name: 'vpc-kept' })).toBeVisible();

  // A hard reload bypasses the worker for the page itself; the console must still reach its backend.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.reload', { ignoreCache: true });
  await expect(page.getByRole('link', { name: 'vpc-kept' })).toBeVisible();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
});

test('a second tab sees the same backend', async ({ page, context }) => {
  await page.goto('/vpcs');
  await expect(page.getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  await api(page, 'POST', `/v1/${DEMO}/vpcs`, { vpc: { name: 'vpc-shared', cidr: '10.30.0.0/16' } });
  const other = await context.newPage();
  await other.goto('/vpcs');
  await expect(other.getByRole('link', { name: 'vpc-shared' })).toBeVisible();
});

test('after the first visit the console works offline: the worker has cached the app and keeps the data', async ({ page, context }) => {
  await page.goto('/vpcs');
  await expect(page.getByRole('link', { name: 'vpc-demo' })).toBeVisible();
  // The app's files are cached once the first render is done and the page is idle.
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 15_000 });
  await context.setOffline(true);
  await page.goto('/servers');
  await expect(page.getByRole('link', { name: 'ecs-web-01' })).toBeVisible();
  await context.setOffline(false);
});
