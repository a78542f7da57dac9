// The per-route rows: for each API route the console uses, N calls made from the page (the service worker
// answers), with the demo data and with the 10,000-server set. Two figures per call: the time inside the
// worker (its `Server-Timing: handler;dur=...` header: from the fetch event to the response built) and the
// round trip the page sees (fetch to body read). No targets: these rows show where a request's time goes.
// Each row reads "median ms in worker (p95); page median / p95 ms"; the raw figures go to bench-results/routes.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callApi, DEMO_PROJECT_ID, firstPage, launch, median, p95, row } from './common.mjs';
import { loadDataSet } from './load.mjs';

const CALLS = Number(process.env.BENCH_ROUTE_CALLS ?? 30);
const v1 = (rest) => `/v1/${DEMO_PROJECT_ID}${rest}`;
const consoleV1 = (rest) => `/console/v1/${DEMO_PROJECT_ID}${rest}`;

/** Ids the routes need, found through the API (the demo and the large set differ). */
async function discover(page) {
  const { vpcs } = await callApi(page, 'GET', v1('/vpcs?limit=1'));
  const { subnets } = await callApi(page, 'GET', v1('/subnets'));
  const { servers } = await callApi(page, 'GET', v1('/cloudservers/detail?limit=1'));
  const { interfaceAttachments } = await callApi(page, 'GET', v1(`/cloudservers/${servers[0].id}/os-interface`));
  const nic = interfaceAttachments[0];
  const subnet = subnets.find((s) => s.id === nic.net_id);
  const { ports: vips } = await callApi(page, 'GET', v1('/ports?device_owner=neutron:VIP_PORT&limit=1'));
  const { publicips } = await callApi(page, 'GET', v1('/publicips?limit=1'));
  const groups = await callApi(page, 'GET', consoleV1('/ha-groups'));
  const group = (groups.ha_groups ?? groups.groups ?? [])[0];
  return { vpc: vpcs[0], subnet, server: servers[0], nic, vip: vips[0], eip: publicips[0], group };
}

/** The routes, grouped as the console uses them: lists, details, then writes. */
function routesOf(ids) {
  const { vpc, subnet, server, nic, vip, eip, group } = ids;
  const reads = [
    ['lists', 'GET /vpcs', v1('/vpcs')],
    ['lists', 'GET /subnets', v1('/subnets')],
    ['lists', 'GET /ports?network_id (a subnet)', v1(`/ports?network_id=${subnet.id}`)],
    ['lists', 'GET /ports?device_owner=VIP (VIPs)', v1('/ports?device_owner=neutron:VIP_PORT')],
    ['lists', 'GET /publicips', v1('/publicips')],
    ['lists', 'GET /cloudservers/detail (page of 25)', v1('/cloudservers/detail?offset=1&limit=25')],
    ['lists', 'GET /subnets/{id}/privateips', v1(`/subnets/${subnet.id}/privateips`)],
    ['lists', 'GET /ha-groups', consoleV1('/ha-groups')],
    ['details', 'GET /vpcs/{id}', v1(`/vpcs/${vpc.id}`)],
    ['details', 'GET /subnets/{id}', v1(`/subnets/${subnet.id}`)],
    ['details', 'GET /ports/{id}', v1(`/ports/${nic.port_id}`)],
    ['details', 'GET /cloudservers/{id}', v1(`/cloudservers/${server.id}`)],
    ['details', 'GET /cloudservers/{id}/os-interface', v1(`/cloudservers/${server.id}/os-interface`)],
  ].map(([group, name, path]) => ({ group, name, calls: [{ method: 'GET', path }] }));
  if (vip) reads.push({ group: 'details', name: 'GET /ports/{id} (a VIP)', calls: [{ method: 'GET', path: v1(`/ports/${vip.id}`) }] });
  if (eip) reads.push({ group: 'details', name: 'GET /publicips/{id}', calls: [{ method: 'GET', path: v1(`/publicips/${eip.id}`) }] });
  if (group) reads.push({ group: 'details', name: 'GET /ha-groups/{id}', calls: [{ method: 'GET', path: consoleV1(`/ha-groups/${group.id}`) }] });
  const pairs = (on) => ({ port: { allowed_address_pairs: on ? [] : [{ ip_address: '1.1.1.1/0' }] } });
  const writes = [
    // The check switch of a NIC, off then on: a write that changes the record every time.
    { group: 'writes', name: 'PUT /ports/{id} (a NIC\'s check)', calls: [{ method: 'PUT', path: v1(`/ports/${nic.port_id}`), body: pairs(false) }, { method: 'PUT', path: v1(`/ports/${nic.port_id}`), body: pairs(true) }] },
    // Assign a VIP (first free address) and release it.
    {
      group: 'writes',
      name: 'POST /ports (assign a VIP) + DELETE /ports/{id}',
      calls: [{ method: 'POST', path: v1('/ports'), body: { port: { network_id: subnet.id, device_owner: 'neutron:VIP_PORT', name: 'vip-bench-route', fixed_ips: [{ subnet_id: subnet.neutron_subnet_id }] } } }, { method: 'DELETE', path: v1('/ports/{created}') }],
    },
  ];
  return [...reads, ...writes];
}

/** Runs `calls` `n` times in the page, in order; returns, per call, the worker's and the page's ms. */
function timeCalls(page, calls, n) {
  return page.evaluate(
    async ({ calls, n }) => {
      const out = calls.map(() => ({ worker: [], page: [] }));
      for (let i = 0; i < n; i++) {
        let created = '';
        for (const [k, call] of calls.entries()) {
          const path = call.path.replace('{created}', created);
          const start = performance.now();
          const r = await fetch(path, { method: call.method, headers: { 'content-type': 'application/json', 'x-auth-token': 'bench' }, body: call.body && JSON.stringify(call.body) });
          const text = await r.text();
          const elapsed = performance.now() - start;
          if (!r.ok) throw new Error(`${call.method} ${path}: ${r.status} ${text.slice(0, 300)}`);
          if (call.method === 'POST') created = JSON.parse(text).port?.id ?? '';
          const timing = /handler;dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '');
          out[k].page.push(elapsed);
          if (timing) out[k].worker.push(Number(timing[1]));
        }
      }
      return out;
    },
    { calls, n },
  );
}

const f = (x) => (x === undefined ? '-' : x >= 100 ? String(Math.round(x)) : x.toFixed(1));

async function measureSet(profile, app, action, label, log) {
  await loadDataSet(profile, app.url, action);
  const context = await launch(profile);
  try {
    const page = await firstPage(context);
    await page.goto(`${app.url}/vpcs`);
    await page.getByRole('heading', { level: 1, name: 'VPCs' }).waitFor({ timeout: 60_000 });
    const routes = routesOf(await discover(page));
    const results = [];
    for (const r of routes) {
      await timeCalls(page, r.calls, 2); // warm-up
      const figures = await timeCalls(page, r.calls, CALLS);
      const worker = figures.flatMap((x) => x.worker);
      const pageMs = figures.flatMap((x) => x.page);
      results.push({ ...r, worker, page: pageMs });
      log(`routes (${label}): ${r.name}: worker ${f(median(worker))} / ${f(p95(worker))} ms, page ${f(median(pageMs))} / ${f(p95(pageMs))} ms`);
    }
    return results;
  } finally {
    await context.close();
  }
}

export async function benchRoutes({ app, work, log }) {
  const sets = [
    { label: 'demo', action: undefined },
    { label: '10k', action: 'load-large' },
  ];
  const rows = [];
  const raw = {};
  for (const set of sets) {
    log(`routes: ${set.label} data…`);
    const results = await measureSet(join(work, `routes-${set.label}`), app, set.action, set.label, log);
    raw[set.label] = results.map(({ name, worker, page }) => ({ name, worker, page }));
    for (const r of results) {
      const w = r.worker.length ? r.worker : undefined;
      rows.push(
        row({
          measure: `API ${set.label}, ${r.group}: ${r.name}`,
          value: w ? median(w) : median(r.page),
          unit: w ? `ms in worker (p95 ${f(p95(w))}); page ${f(median(r.page))} / ${f(p95(r.page))} ms` : `ms page round trip (p95 ${f(p95(r.page))}); no Server-Timing`,
        }),
      );
    }
  }
  writeFileSync('bench-results/routes.json', JSON.stringify(raw));
  return rows;
}
