#!/usr/bin/env node
// The topology case of `npm run bench`: 1,000 servers in one VPC (four subnets, a few VIPs bound), drawn by
// the console's Topology view and, in the same run, by a bare React Flow page with the same nodes, sizes,
// parents and edges (scripts/bench/topology-floor). Measures in headless Chromium the time to the first
// drawn server node and the frame times while panning (requestAnimationFrame deltas during a mouse drag of
// the pane at fit-all zoom and at 1:1 zoom); reports medians, p95 and the ratio to the floor; and the time of
// build-graph + layout of the same graph under Node. `node scripts/bench/topology-profile.mjs` says where the time goes.
// Part of `npm run bench` (scripts/bench.mjs builds and serves both pages).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { median, quantile, row } from './common.mjs';

const RUNS = Number(process.env.BENCH_TOPOLOGY_RUNS ?? 5);
const SERVERS = 1000;
const SUBNETS = 4;
const LAYOUT_RUNS = 7;
/** Graph + layout of the 1,000-server VPC, in ms (was a wall-clock limit of 3 s in layout.test.ts). */
const LAYOUT_TARGET_MS = 250;
const DEMO_PROJECT_ID = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1440, height: 900 };


/** Creates the 1,000-server VPC through the API (the service worker answers the page's fetches). */
export async function seed(page) {
  return page.evaluate(
    async ({ project, servers, subnets }) => {
      const call = async (method, path, body) => {
        const r = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-auth-token': 'bench' }, body: body && JSON.stringify(body) });
        const text = await r.text();
        if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
        return text ? JSON.parse(text) : null;
      };
      const v1 = (p) => `/v1/${project}${p}`;
      const { vpc } = await call('POST', v1('/vpcs'), { vpc: { name: 'vpc-bench-topology', cidr: '10.60.0.0/16' } });
      const made = [];
      for (let k = 0; k < subnets; k++) {
        const { subnet } = await call('POST', v1('/subnets'), {
          subnet: { name: `subnet-bench-${k + 1}`, cidr: `10.60.${k * 4}.0/22`, gateway_ip: `10.60.${k * 4}.1`, vpc_id: vpc.id },
        });
        made.push(subnet);
        for (let left = servers / subnets, batch = 0; left > 0; batch++) {
          const count = Math.min(250, left);
          await call('POST', v1('/cloudservers'), {
            server: {
              name: `ecs-bench-${k + 1}-${batch}`,
              imageRef: 'ubuntu-22.04',
              flavorRef: 's6.medium.2',
              vpcid: vpc.id,
              nics: [{ subnet_id: subnet.id }],
              root_volume: { volumetype: 'SSD' },
              count,
            },
          });
          left -= count;
        }
        // Two VIPs per subnet, each bound to two servers of it (their check turned off, as the console does).
        const { ports } = await call('GET', v1(`/ports?network_id=${subnet.id}&limit=8`));
        const nics = ports.filter((p) => p.device_owner.startsWith('compute:'));
        for (let j = 0; j < 2; j++) {
          const { port: vip } = await call('POST', v1('/ports'), {
            port: { network_id: subnet.id, device_owner: 'neutron:VIP_PORT', name: `vip-bench-${k + 1}-${j + 1}`, fixed_ips: [{ subnet_id: subnet.neutron_subnet_id }] },
          });
          const pair = nics.slice(j * 2, j * 2 + 2);
          await call('PUT', v1(`/ports/${vip.id}`), { port: { allowed_address_pairs: pair.map((n) => ({ ip_address: n.fixed_ips[0].ip_address })) } });
          for (const n of pair) await call('PUT', v1(`/ports/${n.id}`), { port: { allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] } });
        }
      }
      // What the view reads, for the floor page's nodes.
      const all = async (path, field) => (await call('GET', v1(path)))[field];
      const subnetList = await all(`/subnets?vpc_id=${vpc.id}`, 'subnets');
      const portList = await all(`/ports?${subnetList.map((s) => `network_id=${s.id}`).join('&')}`, 'ports');
      let serverList = [];
      for (let pageNo = 1; ; pageNo++) {
        const body = await call('GET', v1(`/cloudservers/detail?offset=${pageNo}&limit=1000`));
        serverList = serverList.concat(body.servers);
        if (serverList.length >= body.count) break;
      }
      const eips = await all('/publicips', 'publicips');
      const haGroups = (await call('GET', `/console/v1/${project}/ha-groups`)).ha_groups;
      return {
        vpcId: vpc.id,
        input: {
          vpc: { id: vpc.id, name: vpc.name, cidr: vpc.cidr },
          subnets: subnetList,
          ports: portList,
          servers: serverList.filter((s) => s.metadata.vpc_id === vpc.id),
          eips,
          haGroups,
        },
      };
    },
    { project: DEMO_PROJECT_ID, servers: SERVERS, subnets: SUBNETS },
  );
}

/** A point near the canvas centre where a drag pans the viewport (the pane or a fixed group, not a node). */
async function panePoint(page, pane) {
  const box = await pane.boundingBox();
  return page.evaluate((b) => {
    for (let r = 0; r < 400; r += 6) {
      for (let a = 0; a < 360; a += 15) {
        const x = b.x + b.width * 0.6 + r * Math.cos((a * Math.PI) / 180);
        const y = b.y + b.height * 0.55 + r * Math.sin((a * Math.PI) / 180);
        const el = globalThis.document.elementFromPoint(x, y);
        // React Flow pans from anywhere but a draggable node or a control (those carry `nopan`).
        if (el?.closest('.react-flow__renderer') && !el.closest('.nopan')) return { x, y };
      }
    }
    throw new Error('no free pane point to start a pan');
  }, box);
}

/** Records rAF deltas while dragging the pane in `steps` mouse moves ~16 ms apart (left and back, like a hand). */
export async function panFrames(page, pane, steps = 90) {
  const box = await pane.boundingBox();
  const { x: x0, y: y0 } = await panePoint(page, pane);
  await page.evaluate(() => {
    globalThis.__frames = [];
    globalThis.__recording = true;
    let last = performance.now();
    const loop = (now) => {
      globalThis.__frames.push(now - last);
      last = now;
      if (globalThis.__recording) globalThis.requestAnimationFrame(loop);
    };
    globalThis.requestAnimationFrame(loop);
  });
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    // Left and back, so the same nodes enter and leave the viewport on both pages.
    const t = i / steps;
    const dx = -Math.sin(t * Math.PI) * box.width * 0.45;
    const dy = -Math.sin(t * Math.PI * 2) * box.height * 0.2;
    await page.mouse.move(x0 + dx, y0 + dy);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    globalThis.__recording = false;
    return globalThis.__frames.slice(2);
  });
  return frames;
}

export async function zoomTo1(page, pane) {
  const box = await pane.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(400);
}

async function measure(page, paneSelector) {
  const pane = page.locator(paneSelector).first();
  await page.waitForTimeout(800);
  const fit = await panFrames(page, pane);
  await zoomTo1(page, pane);
  const zoomed = await panFrames(page, pane);
  const rendered = await page.locator('.react-flow__node').count();
  return { fit, zoomed, rendered };
}

/**
 * The chunks the first route (/vpcs) loads from a build: the entry, index.html's modulepreloads, the app
 * shell and the route, each with what vite preloads for it (__vite__mapDeps). Returns those that hold
 * React Flow, dagre or html-to-image: there should be none, the topology loads them lazily.
 */
export function firstRouteHeavyChunks(dir) {
  const read = (f) => readFileSync(`${dir}/${f}`, 'utf8');
  const html = read('index.html');
  const entry = html.match(/<script[^>]*src="\/(assets\/[^"]+\.js)"/)[1];
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of read(f).matchAll(/(?:import|from)\s*["`]\.\/([^"`]+\.js)["`]/g)) walk(`assets/${m[1]}`);
  };
  /** Walks the lazy import of chunk `name` (and what vite preloads with it), from whichever walked file holds it. */
  const follow = (name) => {
    for (const f of [...seen]) {
      const src = read(f);
      const deps = src.match(/m\.f=\[([^\]]*)\]/)?.[1].split(',').map((x) => x.replace(/["`]/g, '')) ?? [];
      const m = src.match(new RegExp('import\\(`\\./(' + name + '-[^`]+\\.js)`\\)[\\s\\S]{0,200}?__vite__mapDeps\\(\\[([\\d,]*)\\]'));
      if (!m) continue;
      walk(`assets/${m[1]}`);
      for (const i of m[2].split(',').filter(Boolean)) walk(deps[Number(i)]);
      return;
    }
    throw new Error(`no lazy import of ${name} in the first route's chunks`);
  };
  walk(entry);
  preloads.forEach(walk);
  follow('App');
  follow('vpcs-route');
  const files = [...seen];
  return { files, heavy: files.filter((f) => /react-flow__|@xyflow|dagre|graphlib|html-to-image/.test(read(f))) };
}

/** The topology rows; `app` serves the console build, `topologyFloor` the bare React Flow page. */
export async function benchTopology({ app, topologyFloor: floor, work: workRoot, runs = RUNS, log = console.log }) {
  const work = join(workRoot, 'topology');
  mkdirSync(work, { recursive: true });
  const results = { app: { fit: [], zoomed: [], first: [] }, floor: { fit: [], zoomed: [], first: [] } };
  const profile = join(work, 'app');
  const setup = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport: VIEWPORT });
  const page0 = setup.pages()[0] ?? (await setup.newPage());
  await page0.goto(`${app.url}/vpcs`);
  await page0.locator('tbody tr', { hasText: 'vpc-demo' }).first().waitFor({ timeout: 60_000 });
  log(`topology: creating ${SERVERS} servers in ${SUBNETS} subnets…`);
  const { vpcId, input } = await seed(page0);
  await setup.close();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join(work, 'input.json'), JSON.stringify(input));
  // The floor's nodes, and the time of build-graph + layout of this graph under Node (what the view computes before it draws).
  execSync(`npx tsx scripts/bench/topology-nodes.ts ${join(work, 'input.json')} ${floor.root}/graph.json ${join(work, 'layout-ms.json')} ${LAYOUT_RUNS}`, { stdio: 'inherit' });
  const layoutMs = JSON.parse(readFileSync(join(work, 'layout-ms.json'), 'utf8'));

  let canvas = null;
  for (let i = 0; i < runs; i++) {
    const context = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport: VIEWPORT });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${app.url}/topology/${vpcId}`);
    await page.locator('.react-flow__node-server').first().waitFor({ timeout: 120_000 });
    results.app.first.push(await page.evaluate(() => performance.now()));
    if (i === 0) {
      await page.waitForTimeout(800);
      await page.screenshot({ path: 'bench-results/topology-1000-fit.png' });
    }
    const box = await page.locator('.react-flow').first().boundingBox();
    canvas = { w: Math.round(box.width), h: Math.round(box.height) };
    const m = await measure(page, '.react-flow__pane');
    results.app.fit.push(...m.fit);
    results.app.zoomed.push(...m.zoomed);
    if (i === 0) await page.screenshot({ path: 'bench-results/topology-1000.png' });
    await context.close();

    const fctx = await chromium.launchPersistentContext(join(work, `floor-${i}`), { executablePath, args, headless: true, viewport: VIEWPORT });
    const fpage = fctx.pages()[0] ?? (await fctx.newPage());
    await fpage.goto(`${floor.url}/?w=${canvas.w}&h=${canvas.h}`);
    await fpage.locator('.react-flow__node-default').first().waitFor({ timeout: 60_000 });
    results.floor.first.push(await fpage.evaluate(() => performance.now()));
    const f = await measure(fpage, '.react-flow__pane');
    results.floor.fit.push(...f.fit);
    results.floor.zoomed.push(...f.zoomed);
    await fctx.close();
  }
  const q = (xs, p) => quantile(xs, p);
  const pan = (measureName, a, f, p, target) => row({ measure: measureName, value: q(a, p), floor: q(f, p), target });
  const lazy = firstRouteHeavyChunks(app.root);
  if (lazy.heavy.length) throw new Error(`React Flow or dagre reached the first route: ${lazy.heavy.join(', ')}`);
  log(`topology: frames recorded: console ${results.app.fit.length + results.app.zoomed.length}, floor ${results.floor.fit.length + results.floor.zoomed.length}; canvas ${canvas.w}x${canvas.h}; first route: ${lazy.files.length} chunks, none with React Flow, dagre or html-to-image`);
  return [
    row({ measure: `topology, ${SERVERS.toLocaleString('en')} servers: first server node drawn`, value: q(results.app.first, 0.5), floor: q(results.floor.first, 0.5), target: 1.5, samples: { console: results.app.first, floor: results.floor.first } }),
    pan('topology: frame while panning at 1:1 zoom, median', results.app.zoomed, results.floor.zoomed, 0.5, 1.1),
    pan('topology: frame while panning at 1:1 zoom, p95', results.app.zoomed, results.floor.zoomed, 0.95, 1.3),
    pan('topology: frame while panning, all in view, median', results.app.fit, results.floor.fit, 0.5, 1.1),
    pan('topology: frame while panning, all in view, p95', results.app.fit, results.floor.fit, 0.95),
    row({ measure: `topology, ${SERVERS.toLocaleString('en')} servers: build-graph + layout (Node), median`, value: median(layoutMs), target: LAYOUT_TARGET_MS, samples: { console: layoutMs } }),
  ];
}

