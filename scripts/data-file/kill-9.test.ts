import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../api-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLIENTS = 4;
/** Acknowledged writes (all clients together) after which the server is killed, mid-burst. */
const KILL_AFTER = 80;
const auth = { 'X-Auth-Token': 'token', 'Content-Type': 'application/json' };

let child: ChildProcess | undefined;
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  for (const step of cleanup) await step().catch(() => {});
});

/** `npm run api -- --data file` as the user starts it (tsx), in its own process group; resolves with its URL. */
function startServerProcess(file: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/api-server.ts', '--data', file], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /API on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve({ url: m[1], proc });
    });
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => reject(new Error(`the API server exited (${code}) before listening:\n${out}`)));
  });
}

interface ClientLog {
  project: string;
  subnetId: string;
  /** VIP id -> the name of its last acknowledged write. */
  acked: Map<string, string>;
  /** The write that was sent but not answered when the server died (it may or may not be saved). */
  inFlight?: { kind: 'create' } | { kind: 'rename'; id: string; name: string };
}

async function post(url: string, body: unknown, method = 'POST') {
  const r = await fetch(url, { method, headers: auth, body: JSON.stringify(body) });
  return { status: r.status, body: await r.json() };
}

/** One client: its own project, VPC and subnet, then VIP creates and renames until the server dies. */
async function runClient(url: string, index: number, onAck: () => void): Promise<ClientLog> {
  const project = crypto.randomUUID().replace(/-/g, '');
  const vpc = await post(`${url}/v1/${project}/vpcs`, { vpc: { name: `kill-${index}`, cidr: `10.${index}.0.0/16` } });
  const subnet = await post(`${url}/v1/${project}/subnets`, { subnet: { name: 'sn', cidr: `10.${index}.0.0/24`, gateway_ip: `10.${index}.0.1`, vpc_id: vpc.body.vpc.id } });
  const log: ClientLog = { project, subnetId: subnet.body.subnet.id, acked: new Map() };
  for (let i = 0; i < 200; i++) {
    const ids = [...log.acked.keys()];
    try {
      if (i % 2 === 1 && ids.length > 0) {
        const id = ids[i % ids.length];
        const name = `renamed-${i}`;
        log.inFlight = { kind: 'rename', id, name };
        const r = await post(`${url}/v1/${project}/ports/${id}`, { port: { name } }, 'PUT');
        expect(r.status).toBe(200);
        log.acked.set(id, name);
      } else {
        log.inFlight = { kind: 'create' };
        const r = await post(`${url}/v1/${project}/ports`, { port: { network_id: log.subnetId, device_owner: 'neutron:VIP_PORT', fixed_ips: [{ subnet_id: subnet.body.subnet.neutron_subnet_id }], name: `vip-${i}` } });
        expect(r.status).toBe(200);
        log.acked.set(r.body.port.id, `vip-${i}`);
      }
      log.inFlight = undefined;
      onAck();
    } catch (error) {
      if (error instanceof TypeError) return log; // fetch failed: the server is gone
      throw error;
    }
  }
  throw new Error('the server was never killed');
}

describe('--data survives kill -9', () => {
  it('keeps every write that was acknowledged with a 2xx, and the store stays consistent', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vip-kill-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'store.sqlite');
    const { url, proc } = await startServerProcess(file);
    child = proc;
    let acks = 0;
    const exited = new Promise((resolve) => proc.on('exit', resolve));
    const onAck = () => {
      if (++acks === KILL_AFTER) process.kill(-proc.pid!, 'SIGKILL');
    };
    const logs = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => runClient(url, i + 1, onAck)));
    await exited;
    expect(acks).toBeGreaterThanOrEqual(KILL_AFTER);

    const again: RunningApiServer = await startApiServer({ port: 0, dataFile: file, log: () => {} });
    cleanup.unshift(() => again.close());
    for (const log of logs) {
      const r = await fetch(`${again.url}/v1/${log.project}/ports?network_id=${log.subnetId}&limit=1000`, { headers: auth });
      const ports = (await r.json()).ports as { id: string; name: string; network_id: string; fixed_ips: { ip_address: string }[] }[];
      const byId = new Map(ports.map((port) => [port.id, port]));
      for (const [id, name] of log.acked) {
        const kept = byId.get(id);
        expect(kept, `acknowledged VIP ${id} of project ${log.project}`).toBeDefined();
        const unanswered = log.inFlight?.kind === 'rename' && log.inFlight.id === id ? log.inFlight.name : undefined;
        expect([name, unanswered]).toContain(kept!.name);
      }
      // At most the one unanswered create may have been saved too; nothing else appears.
      expect(ports.length - log.acked.size).toBeLessThanOrEqual(log.inFlight?.kind === 'create' ? 1 : 0);
      // Invariants: every address once in its subnet, every port in the subnet it was listed under.
      const ips = ports.map((port) => port.fixed_ips[0].ip_address);
      expect(new Set(ips).size).toBe(ips.length);
      expect(ports.every((port) => port.network_id === log.subnetId)).toBe(true);
    }
  });
});
