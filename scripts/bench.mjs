#!/usr/bin/env node
// npm run bench: builds the console and the floor pages with the same setup, serves them on 127.0.0.1, and
// measures every row of the speed table in headless Chromium in one run, console and floor runs
// interleaved. Prints one markdown table (value, floor, ratio, target, met) and the raw samples, and
// writes it to bench-results/bench.md. Run it with nothing else running: the ratios are what count.
//   --no-build       reuse dist/ and the floor builds
//   --only a,b       run only these sections (load, lists, bind, routes, topology)
// BENCH_RUNS sets the runs of the load rows (default 7), BENCH_TOPOLOGY_RUNS those of the topology (5).
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBind } from './bench/bind.mjs';
import { benchLists } from './bench/lists.mjs';
import { benchLoad } from './bench/load.mjs';
import { benchRoutes } from './bench/routes.mjs';
import { serveStatic } from './bench/static-server.mjs';
import { benchTopology } from './bench/topology.mjs';

const SECTIONS = { load: benchLoad, lists: benchLists, routes: benchRoutes, bind: benchBind, topology: benchTopology };

const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function build() {
  console.log('building the console and the floor pages…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  execSync('npx vite build --logLevel warn --config scripts/bench/floor.vite.config.ts', { stdio: 'inherit' });
  copyFileSync('scripts/bench/floor/row.json', 'bench-results/floor-dist/row.json');
  execSync('npx vite build --logLevel warn --config scripts/bench/topology-floor.vite.config.ts', { stdio: 'inherit' });
}

const fmt = (n, unit) => (n === undefined ? '-' : unit === 'KB' ? `${n.toFixed(1)} KB` : n >= 100 ? `${Math.round(n).toLocaleString('en')} ${unit}` : `${n.toFixed(1)} ${unit}`);

function table(rows) {
  const lines = ['| measure | console | floor | ratio | target | met |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const target = r.target === undefined ? '-' : r.byValue ? `<= ${fmt(r.target, r.unit)}` : `<= ${r.target}x`;
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(`| ${r.measure} | ${fmt(r.value, r.unit)} | ${fmt(r.floor, r.unit)} | ${r.ratio === undefined ? '-' : r.ratio.toFixed(2)} | ${target} | ${met} |`);
  }
  return lines.join('\n');
}

function samples(rows) {
  return rows
    .filter((r) => r.samples)
    .flatMap((r) => Object.entries(r.samples).map(([who, xs]) => `- ${r.measure}, ${who}: ${xs.map((x) => Math.round(x)).join(', ')}`))
    .join('\n');
}

async function main() {
  const only = argValue('--only')?.split(',') ?? Object.keys(SECTIONS);
  const unknown = only.filter((s) => !SECTIONS[s]);
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
  mkdirSync('bench-results', { recursive: true });
  if (!process.argv.includes('--no-build')) build();
  const serve = async (root) => ({ root, ...(await serveStatic(root)) });
  const ctx = {
    app: await serve('dist'),
    floor: await serve('bench-results/floor-dist'),
    topologyFloor: await serve('bench-results/topology-floor-dist'),
    work: mkdtempSync(join(tmpdir(), 'vip-bench-')),
    runs: Number(process.env.BENCH_RUNS ?? 7),
    log: (line) => console.log(line),
  };
  const rows = [];
  const failed = [];
  const write = () => {
    const out = `${table(rows)}\n\nRaw samples (ms):\n${samples(rows)}\n${failed.map((f) => `\nSection ${f.name} failed: ${f.message}`).join('')}`;
    writeFileSync('bench-results/bench.md', out);
    return out;
  };
  try {
    for (const name of only) {
      const runs = name === 'topology' ? Number(process.env.BENCH_TOPOLOGY_RUNS ?? 5) : ctx.runs;
      try {
        rows.push(...(await SECTIONS[name]({ ...ctx, runs })));
      } catch (error) {
        // One section's failure must not lose the others' figures: say so, go on, fail the run at the end.
        console.error(error);
        failed.push({ name, message: error instanceof Error ? error.message : String(error) });
      }
      write();
    }
  } finally {
    await Promise.all([ctx.app.close(), ctx.floor.close(), ctx.topologyFloor.close()]);
    rmSync(ctx.work, { recursive: true, force: true });
  }
  console.log(`\n${write()}`);
  if (failed.length) process.exitCode = 1;
  const missed = rows.filter((r) => r.met === false);
  if (missed.length) console.log(`${missed.length} of ${rows.filter((r) => r.met !== undefined).length} targets missed.`);
}

await main();
