// Measures `npm run api -- --data FILE` end to end, as a client sees it (bounded, loopback only):
//  1. small writes at 20,000 servers: renaming a NIC port and binding / unbinding a VIP, median and p95;
//  2. fairness: another project's GET latency while one project creates 500 servers with 12 NICs each.
// Usage: node scripts/bench-api-data.mjs [--writes N] [--url http://127.0.0.1:PORT]
// Without --url it starts `tsx scripts/api-server.ts --data <temp file>` itself and stops it at the end;
// with --url it measures a server already running (e.g. an older version, to compare).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const WRITES = Number(arg('--writes', '40'));
const HEADERS = { 'X-Auth-Token': 'bench', 'Content-Type': 'application/json' };
const project = () => crypto.randomUUID().replace(/-/g, '');

async function call(base, method, url, body) {
  const started = performance.now();
  const r = await fetch(`${base}${url}`, { method, headers: HEADERS, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const ms = performance.now() - started;
  if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${text.slice(0, 300)}`);
  return { ms, body: text ? JSON.parse(text) : undefined };
}

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]; // nearest rank
};
const round = (ms) => Math.round(ms * 10) / 10;

function startServer(dataFile) {
  const root = path.resolve(import.meta.dirname, '..');
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/api-server.ts', '--data', dataFile], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /API on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // the request log: read and dropped
        resolve({ url: m[1], stop: () => process.kill(-child.pid, 'SIGTERM') });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function smallWrites(base) {
  const p = project();
  const setup = performance.now();
  await call(base, 'POST', `/console/v1/${p}/demo-data`, { action: 'load-large', servers: 20_000 });
  const setupMs = performance.now() - setup;
  const { body: listed } = await call(base, 'GET', `/v1/${p}/cloudservers/detail?limit=1`);
  const subnet = (await call(base, 'GET', `/v1/${p}/subnets?limit=1`)).body.subnets[0];
  const nics = (await call(base, 'GET', `/v1/${p}/ports?network_id=${subnet.id}&limit=4`)).body.ports;
  const vip = (await call(base, 'POST', `/v1/${p}/ports`, { port: { network_id: subnet.id, device_owner: 'neutron:VIP_PORT', fixed_ips: [{ subnet_id: subnet.neutron_subnet_id }] } })).body.port;
  const rename = [];
  const bind = [];
  for (let i = 0; i < WRITES; i++) {
    rename.push((await call(base, 'PUT', `/v1/${p}/ports/${nics[i % nics.length].id}`, { port: { name: `nic-${i}` } })).ms);
    const pairs = i % 2 === 0 ? [{ ip_address: nics[i % nics.length].fixed_ips[0].ip_address }] : [];
    bind.push((await call(base, 'PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: pairs } })).ms);
  }
  return {
    servers: listed.count,
    setup_ms: Math.round(setupMs),
    rename_port: { median_ms: round(quantile(rename, 0.5)), p95_ms: round(quantile(rename, 0.95)) },
    bind_unbind_vip: { median_ms: round(quantile(bind, 0.5)), p95_ms: round(quantile(bind, 0.95)) },
  };
}

async function fairness(base) {
  const big = project();
  const vpc = (await call(base, 'POST', `/v1/${big}/vpcs`, { vpc: { name: 'big', cidr: '10.0.0.0/16' } })).body.vpc;
  const subnets = [];
  for (let i = 0; i < 12; i++) {
    subnets.push((await call(base, 'POST', `/v1/${big}/subnets`, { subnet: { name: `s${i}`, cidr: `10.0.${i * 16}.0/20`, gateway_ip: `10.0.${i * 16}.1`, vpc_id: vpc.id } })).body.subnet);
  }
  const other = project();
  await call(base, 'POST', `/v1/${other}/vpcs`, { vpc: { name: 'other', cidr: '10.1.0.0/16' } });
  const server = { name: 'bulk', imageRef: 'img', flavorRef: 's6.small.1', vpcid: vpc.id, nics: subnets.map((s) => ({ subnet_id: s.id })), root_volume: { volumetype: 'SSD' }, count: 500 };
  let done = false;
  const create = call(base, 'POST', `/v1/${big}/cloudservers`, { server }).finally(() => (done = true));
  const gets = [];
  await new Promise((resolve) => setTimeout(resolve, 20)); // the create is under way
  while (!done && gets.length < 10_000) gets.push((await call(base, 'GET', `/v1/${other}/vpcs`)).ms);
  const { ms: createMs } = await create;
  return {
    create_500x12_ms: Math.round(createMs),
    other_project_gets: gets.length,
    other_get_median_ms: round(quantile(gets, 0.5)),
    other_get_max_ms: round(Math.max(...gets)),
  };
}

let server;
let dir;
try {
  let base = arg('--url');
  if (!base) {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-api-data-'));
    server = await startServer(path.join(dir, 'store.sqlite'));
    base = server.url;
  }
  const result = { url: base, small_writes: await smallWrites(base), fairness: await fairness(base) };
  console.log(JSON.stringify(result, null, 2));
} finally {
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
