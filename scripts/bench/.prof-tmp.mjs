// temporary profiling helper (not committed)
import { existsSync } from 'node:fs';
import { firstPage, launch } from './common.mjs';
import { loadDataSet } from './load.mjs';
import { serveFixed } from './.serve-fixed.mjs';

const size = Number(process.argv[2] ?? 10000);
const what = process.argv[3] ?? 'filter';
const profile = `/tmp/pl/prof-${size}`;
const app = await serveFixed('dist', 4391);
if (!existsSync(profile)) {
  const t = performance.now();
  const a = await loadDataSet(profile, app.url, { action: 'load-large', servers: size });
  console.log('loaded', a, performance.now() - t);
}
const DBG = 9400 + Math.floor(Math.random() * 500);
const context = await launch(profile, { args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${DBG}`] });
const page = await firstPage(context);
await page.goto(`${app.url}/servers`);
await page.locator('tbody tr:has-text("ecs-")').first().waitFor();
await page.waitForTimeout(1000);
const sw = context.serviceWorkers()[0];
console.log('sw', sw?.url());
const pcdp = await context.newCDPSession(page);
// attach to the SW target
const browserCdp = await context.browser()?.newBrowserCDPSession?.();
let swcdp = null;
{
  const targets = await (await fetch(`http://127.0.0.1:${DBG}/json/list`)).json();
  const t = targets.find((x) => x.type === 'service_worker');
  console.log('sw target', t?.url);
  if (t && !process.env.NOSW) {
    const ver = await (await fetch(`http://127.0.0.1:${DBG}/json/version`)).json();
    const ws = new WebSocket(ver.webSocketDebuggerUrl);
    await new Promise((r) => ws.addEventListener('open', r));
    let id = 0;
    const pending = new Map();
    ws.addEventListener('message', (m) => { const d = JSON.parse(m.data); if (d.id && pending.has(d.id)) { pending.get(d.id)(d.result ?? d.error); pending.delete(d.id); } });
    const raw = (method, params = {}, sessionId) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params, sessionId })); });
    const { sessionId } = await raw('Target.attachToTarget', { targetId: t.id, flatten: true });
    console.log('session', sessionId);
    swcdp = { send: (method, params) => raw(method, params, sessionId) };
  }
}
if (swcdp) console.log(await swcdp.send('Runtime.runIfWaitingForDebugger'));
for (const c of [pcdp, swcdp].filter(Boolean)) {
  await c.send('Profiler.enable');
  await c.send('Profiler.setSamplingInterval', { interval: 500 });
  await c.send('Profiler.start');
}
const search = page.getByRole('textbox', { name: 'Search servers by name' });
const times = [];
for (let i = 0; i < 5; i++) {
  const needle = `ecs-large-00${20 + i}`;
  const t0 = Date.now();
  if (what === 'filter') {
    await search.fill(needle);
    await page.waitForFunction((n) => { const r = [...document.querySelectorAll('table[aria-label="Servers"] tbody tr td:first-child')].map((t) => t.textContent); return r.length === 10 && r.every((x) => x.includes(n)); }, needle);
    times.push(Date.now() - t0);
    await search.fill('');
    await page.waitForFunction(() => document.querySelectorAll('table[aria-label="Servers"] tbody tr').length === 20 && !document.querySelector('[aria-busy="true"]'));
  } else if (what === 'next') {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((p) => document.body.textContent.includes(`Page ${p} `) && !document.querySelector('[aria-busy="true"]'), i + 2);
    times.push(Date.now() - t0);
  } else if (what === 'sort') {
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await page.waitForTimeout(600);
  }
}
console.log('times', times);
const summarize = (prof, label) => {
  const self = new Map();
  const total = prof.endTime - prof.startTime;
  const dt = prof.timeDeltas;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const interval = total / prof.samples.length;
  for (const [id, c] of counts) {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + c * interval / 1000);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`--- ${label}: total ${(total / 1000).toFixed(0)} ms`);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
};
const { profile: pp } = await pcdp.send('Profiler.stop');
summarize(pp, 'page');
if (swcdp) { const { profile: sp } = await swcdp.send('Profiler.stop'); summarize(sp, 'sw'); }
await context.close();
await app.close();
