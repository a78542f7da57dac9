// The bind row: in the console (demo data), Virtual IPs -> Bind to Server on vip-web with two NICs of its
// subnet (ecs-web-03, ecs-web-04), from the click on Bind to the frame where every step of the workflow's
// step list shows done (pairs, then the two checks off). Between runs the binding and the checks are undone
// through the API and the page is reloaded, so every run does the same six calls' worth of work.
/* global document, MutationObserver, requestAnimationFrame -- used in page.evaluate, which runs in the browser */
import { join } from 'node:path';
import { callApi, DEMO_PROJECT_ID, firstPage, launch, median, row } from './common.mjs';

const VIP_IP = '192.168.0.100';
const SERVERS = ['ecs-web-03', 'ecs-web-04'];
const v1 = (rest) => `/v1/${DEMO_PROJECT_ID}${rest}`;

/** Puts vip-web and the two NICs back as the demo has them: no pairs on the VIP, the checks on. */
async function resetBinding(page) {
  const { ports } = await callApi(page, 'GET', v1(`/ports?fixed_ips=ip_address=${VIP_IP}`));
  const vip = ports.find((p) => p.device_owner === 'neutron:VIP_PORT');
  const nics = [];
  for (const name of SERVERS) {
    const { servers } = await callApi(page, 'GET', v1(`/cloudservers/detail?name=${name}`));
    const { interfaceAttachments } = await callApi(page, 'GET', v1(`/cloudservers/${servers[0].id}/os-interface`));
    nics.push(...interfaceAttachments.map((a) => a.port_id));
  }
  for (const id of [vip.id, ...nics]) await callApi(page, 'PUT', v1(`/ports/${id}`), { port: { allowed_address_pairs: [] } });
}

/** Opens the Bind dialog of vip-web and ticks the two servers; resolves when Bind can be clicked. */
async function openDialog(page, base) {
  await page.goto(`${base}/vips`);
  await page.getByRole('button', { name: `Bind to Server ${VIP_IP}` }).click({ timeout: 60_000 });
  const dialog = page.getByRole('dialog', { name: `Bind ${VIP_IP} to servers` });
  for (const name of SERVERS) await dialog.getByRole('checkbox', { name }).check();
  return dialog;
}

/** Clicks Bind in the page and resolves with ms from the click to the frame showing every step done. */
function timeBind(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const dialog = [...document.querySelectorAll('[role=dialog]')].find((d) => d.textContent.includes('Bind '));
        const button = [...dialog.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Bind');
        const allDone = () => {
          const items = [...dialog.querySelectorAll('[aria-label="Steps"] li')];
          return items.length === 3 && items.every((li) => li.textContent.includes('— done'));
        };
        const failed = () => dialog.querySelector('[aria-label="Steps"] [role=alert]');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (failed()) {
            observer.disconnect();
            reject(new Error(`bind failed: ${failed().textContent}`));
          } else if (allDone()) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(dialog, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
  );
}

export async function benchBind({ app, work, runs, log }) {
  const runsHere = Math.max(runs, 7);
  const context = await launch(join(work, 'bind'));
  const times = [];
  try {
    const page = await firstPage(context);
    await page.goto(`${app.url}/vips`);
    await page.getByRole('button', { name: `Bind to Server ${VIP_IP}` }).waitFor({ timeout: 60_000 });
    for (let i = 0; i < runsHere + 1; i++) {
      await resetBinding(page);
      const dialog = await openDialog(page, app.url);
      const elapsed = await timeBind(page);
      await dialog.getByRole('button', { name: 'Close', exact: true }).waitFor();
      if (i > 0) times.push(elapsed); // the first run warms the worker and the lazy chunks
      log(`bind: run ${i} ${Math.round(elapsed)} ms${i === 0 ? ' (warm-up, not counted)' : ''}`);
    }
    await resetBinding(page);
  } finally {
    await context.close();
  }
  return [
    row({ measure: 'console bind of 2 NICs (pairs + 2 checks off), click to every step done, median', value: median(times), target: 100, judge: 'value', samples: { console: times } }),
  ];
}
