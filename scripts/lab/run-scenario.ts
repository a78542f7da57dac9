import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { keepalivedConf, type HaConfigSpec } from '../../src/domain/ha';
import { parseAddressLine, parseArpLine, takeoverGarps, type LabEvent } from './events';
import { LabNet } from './netns';
import type { Scenario } from './scenarios';
import { orderedMembers, scenarioSpec } from './sim-driver';

/**
 * The lab's own processes (keepalived with its check runs, ip monitor, tcpdump) run at real-time priority 1
 * when the machine allows: on a busy machine the lab then times VRRP, not the scheduler (they sleep nearly
 * always; the kernel keeps 5% of each second for everything else).
 */
export const REALTIME: string[] = spawnSync('chrt', ['-r', '1', 'true'], { timeout: 3000 }).status === 0 ? ['chrt', '-r', '1'] : [];

function labSpawn(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const [first, ...rest] = [...REALTIME, command, ...args];
  return spawn(first, rest, options);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const now = () => Date.now() / 1000;

/** Waits until `test()` holds, at most `timeoutMs`; throws `what` when the deadline passes. */
async function waitFor(test: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * The generated keepalived.conf with the one substitution the lab makes: the health-check command becomes
 * the lab's check script (`checkScript`).
 */
export function labConf(spec: HaConfigSpec, memberIndex: number, checkCommand: string): string {
  const node = orderedMembers(spec)[memberIndex];
  const conf = keepalivedConf(spec, node);
  const original = `script "${spec.healthCheckCommand}"`;
  if (conf.split(original).length !== 2) throw new Error(`the generated config does not hold ${original} once`);
  return conf.replace(original, `script "${checkCommand}"`);
}

/**
 * The lab's health check: passes while `okFile` exists, and appends when each run ended and its exit
 * status to `runsFile` (`<epoch seconds> <status>`), so the simulation can count the same runs at the
 * same times (keepalived runs the next one `interval` after this one ends; on a busy machine they drift).
 * Only bash builtins (`$EPOCHREALTIME`, no `date`): nothing forks between the clock and the exit.
 */
export function checkScript(okFile: string, runsFile: string): string {
  return ['#!/bin/bash', 'LC_ALL=C', `[ -f '${okFile}' ]`, 'r=$?', `printf '%s %s\\n' "$EPOCHREALTIME" "$r" >> '${runsFile}'`, 'exit $r', ''].join('\n');
}

/** The lines of a check script's runs file, as seconds since `t0` and whether the run passed. */
export function parseCheckRuns(text: string, t0: number): { at: number; passed: boolean }[] {
  return text
    .split('\n')
    .map((line) => /^(\d+\.\d+) (\d+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ at: Number(m[1]) - t0, passed: m[2] === '0' }));
}

/**
 * A run's events, and when keepalived started on each member: `spawned` when the lab started it,
 * `started` when its VRRP instance announced its own address (BACKUP): the process's start-up time
 * (0.1-0.4 s on 2 busy cores) is the machine's, not VRRP's, so the simulation starts members then.
 */
export interface RealRun {
  events: LabEvent[];
  starts: { member: string; spawned: number; started: number }[];
  /** Every run of each member's health check: when it ended (s since start) and whether it passed. */
  checks: CheckRun[];
  /** When each scenario step really happened (s since start), in step order. */
  steps: number[];
}

export interface CheckRun {
  member: string;
  at: number;
  passed: boolean;
}

interface Member {
  name: string;
  conf: string;
  okFile: string;
  runsFile: string;
  pidFile: string;
  vrrpPidFile: string;
  log: string;
  parent: ChildProcess | null;
  /** From the hard stop until keepalived starts again: address events are the lab's own (a reboot's lost address). */
  down: boolean;
}

/** Everything one run of a scenario started: killed and removed by `stop()`, also on an interrupt. */
export class ScenarioRun {
  private net: LabNet;
  private members: Member[] = [];
  private monitors: ChildProcess[] = [];
  private raw: { at: number; kind: LabEvent['kind']; member: string }[] = [];
  /** When the lab started keepalived on a member, and when its VRRP instance announced its own address. */
  private spawns: { member: string; at: number }[] = [];
  private announced: { member: string; at: number }[] = [];
  private t0 = 0;

  constructor(
    private readonly spec: HaConfigSpec,
    private readonly scenario: Scenario,
    suffix: string,
    private readonly dir: string,
  ) {
    this.net = new LabNet(suffix);
  }

  /** Runs the scenario on real keepalived and returns its events (seconds since every member started). */
  async run(log: (line: string) => void): Promise<RealRun> {
    const spec = scenarioSpec(this.spec, this.scenario);
    const nodes = orderedMembers(spec);
    this.net.setUp(nodes.map((n) => ({ iface: n.interfaceName ?? spec.interfaceName, ip: n.ip, prefix: spec.prefixLength })));
    this.members = nodes.map((n, i) => {
      const base = join(this.dir, `m${i + 1}`);
      const m: Member = {
        name: n.name,
        conf: `${base}.conf`,
        okFile: `${base}.ok`,
        runsFile: `${base}.runs`,
        pidFile: `${base}.pid`,
        vrrpPidFile: `${base}.vrrp.pid`,
        log: `${base}.log`,
        parent: null,
        down: false,
      };
      writeFileSync(`${base}.check`, checkScript(m.okFile, m.runsFile), { mode: 0o755 });
      writeFileSync(m.conf, labConf(spec, i, `${base}.check`));
      writeFileSync(m.okFile, '');
      rmSync(m.runsFile, { force: true });
      const test = spawnSync('keepalived', ['--config-test', '-f', m.conf], { encoding: 'utf8', timeout: 5000 });
      if (test.status !== 0) throw new Error(`keepalived --config-test refused ${n.name}'s config: ${test.stderr}${test.stdout}`);
      return m;
    });
    await this.startMonitors(spec.vip);
    this.t0 = now();
    for (let i = 0; i < this.members.length; i++) this.startKeepalived(i);
    const steps: number[] = [];
    for (const step of [...this.scenario.steps].sort((a, b) => a.at - b.at)) {
      await sleep((this.t0 + step.at - now()) * 1000);
      const at = (await this.act(step.member, step.action)) - this.t0;
      steps.push(at);
      log(`  ${at.toFixed(3)} s: ${step.action} ${this.members[step.member].name}`);
    }
    await sleep((this.t0 + this.scenario.duration - now()) * 1000);
    // Lines about the last instants may still be on their way from ip monitor and tcpdump on a busy machine.
    await sleep(1000);
    const events = this.raw.map((e) => ({ t: e.at - this.t0, kind: e.kind, member: e.member })).filter((e) => e.t <= this.scenario.duration);
    const starts = this.spawns.map((spawned) => {
      const up = this.announced.find((a) => a.member === spawned.member && a.at >= spawned.at && a.at - spawned.at < 2);
      return { member: spawned.member, spawned: spawned.at - this.t0, started: (up ?? spawned).at - this.t0 };
    });
    const checks = this.members.flatMap((m) =>
      parseCheckRuns(existsSync(m.runsFile) ? readFileSync(m.runsFile, 'utf8') : '', this.t0)
        .filter((c) => c.at <= this.scenario.duration)
        .map((c) => ({ member: m.name, ...c })),
    );
    for (const m of this.members) {
      if (!checks.some((c) => c.member === m.name)) throw new Error(`${m.name}'s health check never ran (see ${m.log}: keepalived may refuse an insecure script)`);
    }
    return { events: takeoverGarps(events), starts, checks, steps };
  }

  private async startMonitors(vip: string) {
    this.net.members.forEach((net, i) => {
      const p = labSpawn('ip', ['-n', net.ns, '-ts', 'monitor', 'address'], { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'ignore'] });
      this.monitors.push(p);
      createInterface({ input: p.stdout! }).on('line', (line) => {
        const e = parseAddressLine(line, vip);
        const m = this.members[i];
        if (e && !m.down) this.raw.push({ at: e.at, kind: e.added ? 'vip-add' : 'vip-del', member: m.name });
      });
    });
    const macs = new Map(this.net.members.map((n, i) => [n.mac, i]));
    const dump = labSpawn('ip', ['netns', 'exec', this.net.bridgeNs, 'tcpdump', '-i', 'br0', '-tt', '-l', '-n', '-e', 'arp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.monitors.push(dump);
    let listening = false;
    createInterface({ input: dump.stderr! }).on('line', (line) => {
      if (line.includes('listening on')) listening = true;
    });
    createInterface({ input: dump.stdout! }).on('line', (line) => {
      const e = parseArpLine(line);
      const i = e && macs.get(e.mac);
      if (!e || i === undefined || i === null) return;
      const member = this.members[i].name;
      if (e.ip === vip) this.raw.push({ at: e.at, kind: 'garp', member });
      else if (e.ip === this.net.members[i].ip) this.announced.push({ at: e.at, member });
    });
    await waitFor(() => listening, 5000, 'tcpdump to listen on the bridge');
    await sleep(150);
  }

  private startKeepalived(i: number) {
    const m = this.members[i];
    for (const f of [m.pidFile, m.vrrpPidFile]) rmSync(f, { force: true });
    const out = openSync(m.log, 'a');
    m.down = false;
    this.spawns.push({ member: m.name, at: now() });
    m.parent = labSpawn(
      'ip',
      ['netns', 'exec', this.net.members[i].ns, 'keepalived', '-n', '-l', '-D', '-P', '-f', m.conf, '-p', m.pidFile, '-r', m.vrrpPidFile],
      { stdio: ['ignore', out, out] },
    );
  }

  /** Does a step; returns when it took effect (epoch s). */
  private async act(i: number, action: Scenario['steps'][number]['action']): Promise<number> {
    const m = this.members[i];
    if (action === 'fail-check') rmSync(m.okFile, { force: true });
    else if (action === 'pass-check') writeFileSync(m.okFile, '');
    else if (action === 'hard-stop') return this.hardStop(m);
    else {
      // A rebooted server has lost the VIP its killed keepalived left on the NIC.
      spawnSync('ip', ['-n', this.net.members[i].ns, 'addr', 'del', `${this.spec.vip}/${this.spec.prefixLength}`, 'dev', this.net.members[i].iface], { timeout: 3000 });
      await sleep(50);
      this.startKeepalived(i);
    }
    return now();
  }

  /** SIGSTOP then SIGKILL of keepalived and its VRRP child: nothing is sent (a plain kill -9 of the parent lets the child resign). */
  private async hardStop(m: Member): Promise<number> {
    m.down = true;
    await waitFor(() => existsSync(m.vrrpPidFile), 3000, `${m.name}'s VRRP child pid file`);
    const child = Number(readFileSync(m.vrrpPidFile, 'utf8').trim());
    const parent = m.parent!;
    const pids = [parent.pid!, child];
    const at = now();
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await waitFor(() => parent.exitCode !== null || parent.signalCode !== null, 3000, `${m.name}'s keepalived to die`);
    m.parent = null;
    return at;
  }

  /** Kills everything it started and removes its namespaces and files. Synchronous: safe in an exit handler. */
  stop() {
    for (const p of [...this.members.map((m) => m.parent), ...this.monitors]) {
      if (p?.pid && p.exitCode === null && p.signalCode === null) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // gone already
        }
      }
    }
    this.monitors = [];
    this.net.tearDown();
  }
}
