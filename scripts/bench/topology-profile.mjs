#!/usr/bin/env node
// Profiles the topology bench case (not part of `npm run bench`): where the console's first server node
// waits (API reads from resource timing, main-thread CPU profile) and what a pan frame costs (CDP
// Performance metrics: script, style, layout; the rest of the task time is paint and compositing; and the
// hottest functions of a CPU profile), for the console and the bare floor.
// Usage: node scripts/bench/topology-profile.mjs <work dir>   (after a build: dist/ and bench-results/topology-floor-dist)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, firstPage } from './common.mjs';
import { serveStatic } from './static-server.mjs';
import { panFrames, seed, zoomTo1 } from './topology.mjs';

const work = process.argv[2] ?? '/tmp/vip-topology-profile';
const only = process.argv[3] ?? 'app,floor';
mkdirSync(work, { recursive: true });
// Fixed ports: the seeded IndexedDB belongs to the origin, so later runs find it.
const app = await serveStatic(process.env.PROFILE_DIST ?? 'dist', 5181);
const floor = await serveStatic('bench-results/topology-floor-dist', 5182);
const profile = join(work, 'app');

if (!existsSync(join(work, 'seed.json'))) {
  const ctx = await launch(profile);
  const page = await firstPage(ctx);
  await page.goto(`${app.url}/vpcs`);
  await page.locator('tbody tr', { hasText: 'vpc-demo' }).first().waitFor({ timeout: 60_000 });
  const seeded = await seed(page);
  writeFileSync(join(work, 'seed.json'), JSON.stringify(seeded));
  await ctx.close();
}
const { vpcId, input } = JSON.parse(readFileSync(join(work, 'seed.json'), 'utf8'));
writeFileSync(join(work, 'input.json'), JSON.stringify(input));
execSync(`npx tsx scripts/bench/topology-nodes.ts ${join(work, 'input.json')} bench-results/topology-floor-dist/graph.json`, { stdio: 'inherit' });

function hottest(cpu, top = 25) {
  const self = new Map();
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  cpu.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0)));
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + us / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
}

const metricDelta = (a, b) => {
  const m = (x) => Object.fromEntries(x.metrics.map((e) => [e.name, e.value]));
  const [ma, mb] = [m(a), m(b)];
  const d = (k) => ((mb[k] - ma[k]) * 1000).toFixed(0);
  return `task ${d('TaskDuration')} ms, script ${d('ScriptDuration')}, style ${d('RecalcStyleDuration')} (${mb.RecalcStyleCount - ma.RecalcStyleCount}x), layout ${d('LayoutDuration')} (${mb.LayoutCount - ma.LayoutCount}x)`;
};

async function run(who) {
  const ctx = await launch(who === 'app' ? profile : join(work, 'floor'));
  const page = await firstPage(ctx);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const url = who === 'app' ? `${app.url}/topology/${vpcId}` : `${floor.url}/?w=1178&h=648`;
  await page.goto(url);
  await page.locator(who === 'app' ? '.react-flow__node-server' : '.react-flow__node-default').first().waitFor({ timeout: 120_000 }).catch(async (e) => { await page.screenshot({ path: join(work, 'timeout.png') }); throw e; });
  const first = await page.evaluate(() => performance.now());
  const { profile: loadCpu } = await cdp.send('Profiler.stop');
  writeFileSync(join(work, `${who}-load.cpuprofile`), JSON.stringify(loadCpu));
  const res = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/v1\/|\/console\/|graph\.json|\.js$/.test(r.name))
      .map((r) => `${r.startTime.toFixed(0).padStart(6)} -> ${r.responseEnd.toFixed(0).padStart(6)}  ${r.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 110)}`),
  );
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(0)} ${m.name}`));
  if (!process.env.PROFILE_QUIET) console.log(`\n=== ${who}: first server node at ${first.toFixed(0)} ms\n${res.join('\n')}\n${marks.join('\n')}\n--- load CPU (self):\n${hottest(loadCpu)}`);
  // PROFILE_CSS: a style to try (e.g. hide the minimap) without a rebuild.
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  const pane = page.locator('.react-flow__pane').first();
  await page.waitForTimeout(800);
  for (const phase of ['fit', 'zoomed']) {
    if (phase === 'zoomed') await zoomTo1(page, pane);
    const before = await cdp.send('Performance.getMetrics');
    await cdp.send('Profiler.start');
    const frames = await panFrames(page, pane);
    const { profile: cpu } = await cdp.send('Profiler.stop');
    const after = await cdp.send('Performance.getMetrics');
    const s = [...frames].sort((a, b) => a - b);
    console.log(`--- ${who} pan ${phase}: ${frames.length} frames, median ${s[Math.floor(s.length / 2)].toFixed(1)}, p95 ${s[Math.floor(s.length * 0.95)].toFixed(1)}; ${metricDelta(before, after)}; nodes in DOM ${await page.locator('.react-flow__node').count()}`);
    if (!process.env.PROFILE_QUIET) console.log(hottest(cpu, 18));
  }
  await ctx.close();
}
try {
  for (const who of only.split(',')) await run(who);
} finally {
  await app.close();
  await floor.close();
}
