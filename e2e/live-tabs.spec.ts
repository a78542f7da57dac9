import { expect, test, type Page } from '@playwright/test';
import { Console } from './pages/console';

/**
 * Resolves with the page's clock (Date.now) at the first moment an element matching `selector` holds
 * `text` (or, with `gone`, no longer does), watched by a MutationObserver in the page itself: the time is
 * not rounded up to Playwright's polling, and a modal that hides the rest from the accessibility tree
 * does not hide the answer.
 */
function whenShown(page: Page, selector: string, text: string, gone = false): Promise<number> {
  return page.evaluate(
    ([sel, wanted, absent]) =>
      new Promise<number>((resolve) => {
        const done = () => [...document.querySelectorAll(sel)].some((el) => el.textContent?.includes(wanted)) !== absent;
        if (done()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [selector, text, gone] as const,
  );
}

/**
 * Resolves with the page's clock at the end of the first response whose URL path matches `path` (the
 * worker answers it; Resource Timing sees it), i.e. when the API confirmed the request to the page.
 */
function whenAnswered(page: Page, path: RegExp): Promise<number> {
  return page.evaluate(
    (source) =>
      new Promise<number>((resolve) => {
        const pattern = new RegExp(source);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => pattern.test(new URL(e.name).pathname) && new URL(e.name).search === '');
          if (!entry) return;
          observer.disconnect();
          resolve(performance.timeOrigin + (entry as PerformanceResourceTiming).responseEnd);
        }).observe({ type: 'resource' });
      }),
    path.source,
  );
}

async function assignVip(ui: Console, ip: string, name: string) {
  await ui.page.getByRole('button', { name: 'Assign Virtual IP Address' }).first().click();
  const assign = ui.dialog('Assign Virtual IP Address');
  await ui.choose(assign, 'Subnet', /^subnet-web/);
  await assign.getByText('Manual', { exact: true }).click();
  await assign.getByRole('textbox', { name: 'Virtual IP address' }).fill(ip);
  await assign.getByRole('textbox', { name: 'Name' }).fill(name);
  return assign;
}

async function releaseVip(ui: Console, ip: string) {
  await (await ui.rowAction(ui.table('Virtual IPs'), 'Release', ip)).click();
  const release = ui.dialog(`Release virtual IP ${ip}?`);
  await release.getByRole('button', { name: 'Release', exact: true }).click();
  await expect(release).toBeHidden();
}

test('two tabs stay live: a VIP assigned in one shows in the other within 1 s; a VIP released in one is gone in the other, and acting on it there says why', async ({
  context,
}) => {
  test.setTimeout(300_000);
  const a = new Console(await context.newPage());
  await a.open('/vips', 'Virtual IPs');
  const b = new Console(await context.newPage());
  await b.open('/vips', 'Virtual IPs');
  await expect(b.table('Virtual IPs').getByRole('link', { name: '192.168.0.100' })).toBeVisible();
  // A is the tab in front; B is neither reloaded nor focused from here on.
  await a.page.bringToFront();

  // Assign in A; B (on the Virtual IPs list) shows it within 1 s of A's confirmation.
  const assign = await assignVip(a, '192.168.0.77', 'vip-live');
  const confirmedInA = whenAnswered(a.page, /\/v1\/[^/]+\/ports$/);
  const shownInB = whenShown(b.page, 'table a', '192.168.0.77');
  const heardInB = b.page.evaluate(
    (channel) => new Promise<number>((resolve) => (new BroadcastChannel(channel).onmessage = () => resolve(Date.now()))),
    'vip-console-changes',
  );
  await assign.getByRole('button', { name: 'Assign' }).click();
  const [confirmed, heard, shown] = [await confirmedInA, await heardInB, await shownInB];
  const delay = Math.round(shown - confirmed);
  console.log(
    `cross-tab delay: the VIP showed in tab B ${delay} ms after the API confirmed its creation to tab A ` +
      `(B heard of it ${Math.round(heard - confirmed)} ms after the confirmation, and showed it ${Math.round(shown - heard)} ms later)`,
  );
  expect(delay).toBeLessThan(1000);
  await expect(b.table('Virtual IPs').getByRole('link', { name: '192.168.0.77' })).toBeVisible();

  // B opens the new VIP's page; A releases the VIP; B, in the background again, says it is gone without a reload.
  await b.page.bringToFront();
  await b.table('Virtual IPs').getByRole('link', { name: '192.168.0.77' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Virtual IP 192.168.0.77' })).toBeVisible();
  await a.page.bringToFront();
  const goneInB = whenShown(b.page, 'h1', 'Virtual IP not found');
  await releaseVip(a, '192.168.0.77');
  await goneInB;
  await b.page.bringToFront();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Virtual IP not found' })).toBeVisible();
  await b.page.screenshot({ path: test.info().outputPath('tab-b-vip-gone.png') });

  // B starts to release another VIP; A releases it first; B's list drops it; B's confirm gets the answer in words.
  await a.page.bringToFront();
  const second = await assignVip(a, '192.168.0.78', 'vip-stale');
  await second.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(second).toBeHidden();
  await b.page.bringToFront();
  await b.open('/vips', 'Virtual IPs');
  await (await b.rowAction(b.table('Virtual IPs'), 'Release', '192.168.0.78')).click();
  const staleDialog = b.dialog('Release virtual IP 192.168.0.78?');
  await expect(staleDialog).toBeVisible();
  await a.page.bringToFront();
  const droppedInB = whenShown(b.page, 'table a', '192.168.0.78', true);
  await releaseVip(a, '192.168.0.78');
  await droppedInB;
  await b.page.bringToFront();
  await staleDialog.getByRole('button', { name: 'Release', exact: true }).click();
  const toast = b.toast('Could not release 192.168.0.78');
  await expect(toast).toContainText('Virtual IP vip-stale (192.168.0.78) was released in another tab or by another client.');
  await expect(toast).not.toContainText('does not exist');
  await b.page.screenshot({ path: test.info().outputPath('tab-b-stale-release.png') });
});
