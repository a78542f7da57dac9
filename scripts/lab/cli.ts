/**
 * `npm run lab -- [--group NAME]... [--data FILE] [--project ID] [--scenario NAME]... [--write-figures] [--json FILE] [--cleanup]`
 * Runs an HA group's generated keepalived.conf on real keepalived in network namespaces of its own, drives
 * it and the VRRP simulation through the same scenarios, and compares when each member holds the VIP.
 * Linux, root, Debian's keepalived 2.2.x, tcpdump and iproute2. VRRP only: this kernel has no IPVS.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareEvents, formatTable, type Comparison } from './compare';
import { loadGroupSpecs } from './group-source';
import { LAB_PREFIX, cleanUpLeftovers } from './netns';
import { REALTIME, ScenarioRun, type CheckRun } from './run-scenario';
import { SCENARIOS, scenarioNames } from './scenarios';
import { simEvents, simulateScenario } from './sim-driver';
import { figuresOf, type ScenarioResult } from './figures';
import { VRRP_CHECK_TIMING } from '../../src/domain/vrrp';

const { values } = parseArgs({
  options: {
    group: { type: 'string', multiple: true },
    data: { type: 'string' },
    project: { type: 'string' },
    scenario: { type: 'string', multiple: true },
    'write-figures': { type: 'boolean' },
    json: { type: 'string' },
    cleanup: { type: 'boolean' },
  },
});

function refuse(message: string): never {
  console.error(`lab: ${message}`);
  process.exit(2);
}

function keepalivedVersion(): string {
  const r = spawnSync('keepalived', ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (r.error) refuse('keepalived is not installed (apt-get install keepalived).');
  return /Keepalived v(\S+)/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? 'unknown';
}

if (process.platform !== 'linux' || process.getuid?.() !== 0) refuse('the keepalived lab needs Linux and root (network namespaces).');
for (const tool of ['ip', 'tcpdump']) if (spawnSync(tool, ['-V'], { timeout: 5000 }).error) refuse(`${tool} is not installed (apt-get install iproute2 tcpdump).`);
if (values.cleanup) {
  const removed = cleanUpLeftovers();
  console.log(removed.length ? `removed: ${removed.join(', ')}` : `nothing of the lab (${LAB_PREFIX}*) was left`);
  process.exit(0);
}
const version = keepalivedVersion();
const unknown = (values.scenario ?? []).filter((s) => !scenarioNames().includes(s));
if (unknown.length) refuse(`no scenario ${unknown.join(', ')} (scenarios: ${scenarioNames().join(', ')})`);

/** Each member's check runs: how many, and how long from one to the next on average (`interval` when idle). */
function checkRunsLine(checks: CheckRun[]): string {
  const { interval } = VRRP_CHECK_TIMING;
  return [...new Set(checks.map((c) => c.member))]
    .map((m) => {
      const at = checks.filter((c) => c.member === m).map((c) => c.at);
      const gaps = at.slice(1).map((t, i) => t - at[i]).filter((g) => g < 2 * interval);
      const mean = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : interval;
      return `${m} ${at.length} runs, every ${mean.toFixed(3)} s`;
    })
    .join(', ');
}

const suffix = randomBytes(3).toString('hex');
const dir = join(tmpdir(), `${LAB_PREFIX}-${suffix}`);
let current: ScenarioRun | null = null;
const cleanUp = () => {
  current?.stop();
  current = null;
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`lab: ${signal}: removing the namespaces and processes it made`);
    cleanUp();
    process.exit(130);
  });
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const specs = await loadGroupSpecs({ groups: values.group ?? ['ha-web'], data: values.data, project: values.project });
  const results: ScenarioResult[] = [];
  console.log(`keepalived ${version}; lab namespaces ${LAB_PREFIX}${suffix}-*; ${REALTIME.length ? 'its processes at real-time priority (chrt -r 1)' : 'chrt -r refused: its processes share the CPU with the rest'}`);
  for (const spec of specs) {
    if (spec.mode === 'lvs-dr') console.log(`${spec.groupName} is an LVS-DR group: this kernel has no IPVS, so its directors run VRRP only (keepalived -P); the virtual_server part is not covered.`);
    const members = spec.nodes.length;
    const chosen = SCENARIOS.filter((s) => (values.scenario ? values.scenario.includes(s.name) : true) && members >= (s.minMembers ?? 2));
    for (const scenario of chosen) {
      const title = `${spec.groupName} / ${scenario.name}: ${scenario.title}`;
      console.log(`\n${title}`);
      const started = Date.now();
      current = new ScenarioRun(spec, scenario, suffix, dir);
      let comparison: Comparison;
      try {
        const real = await current.run((line) => console.log(line));
        comparison = compareEvents(real.events, simEvents(simulateScenario(spec, scenario, real)));
        const latency = real.starts.map((s) => `${s.member} ${Math.round((s.started - s.spawned) * 1000)} ms at ${s.spawned.toFixed(3)} s`);
        console.log(`keepalived start-up (spawn to its VRRP instance in BACKUP; the simulation starts members then): ${latency.join(', ')}`);
        console.log(`health-check runs (the simulation counts these): ${checkRunsLine(real.checks)}`);
      } finally {
        current.stop();
        current = null;
      }
      console.log(formatTable(title, comparison));
      console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
      results.push({ group: spec.groupName, members, scenario: scenario.name, comparison });
    }
  }
  const figures = figuresOf(version, results);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  if (values['write-figures']) {
    writeFileSync(new URL('../../src/domain/vrrp/lab-figures.json', import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('\nwrote src/domain/vrrp/lab-figures.json');
  }
  const failed = results.filter((r) => !r.comparison.ok);
  console.log(`\nlab: ${results.length - failed.length} passed, ${failed.length} failed; largest difference ${figures.maxDiffMs} ms`);
  return failed.length === 0 && results.length > 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(`lab: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
