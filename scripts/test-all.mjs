#!/usr/bin/env node
// Runs every check (typecheck, lint, unit + backend + SDK tests, the keepalived lab when root, Playwright
// journeys in this browser and against a remote backend) and ends with one
// line "N passed, N failed" summing them all. Each runner is run even when an earlier one failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const unitJson = 'test-results/unit-results.json';
const e2eJson = 'test-results/e2e-results.json';
const remoteJson = 'test-results/e2e-remote-results.json';
const labJson = 'test-results/lab-results.json';
for (const f of [unitJson, e2eJson, remoteJson, labJson]) rmSync(f, { force: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

const rows = [];
const typecheck = run('typecheck', 'npx', ['tsc', '-b']);
rows.push(['typecheck', typecheck ? 1 : 0, typecheck ? 0 : 1, 0]);
const lint = run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
rows.push(['lint', lint ? 1 : 0, lint ? 0 : 1, 0]);

const unitOk = run('unit, backend and SDK tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) rows.push(['vitest', unit.numPassedTests, unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1), unit.numPendingTests + unit.numTodoTests]);
else rows.push(['vitest (no report)', 0, 1, 0]);

// The keepalived lab (scripts/lab): real keepalived in network namespaces needs Linux and root.
if (process.platform === 'linux' && process.getuid?.() === 0) {
  const labOk = run('keepalived lab (demo group and a 3-member group)', 'npx', ['tsx', 'scripts/lab/cli.ts', '--group', 'ha-web', '--group', 'ha-web-3', '--json', labJson]);
  const lab = readJson(labJson);
  if (lab) {
    const passedScenarios = lab.scenarios.filter((s) => s.passed).length;
    rows.push(['keepalived lab (scenarios)', passedScenarios, lab.scenarios.length - passedScenarios + (labOk || lab.scenarios.length > passedScenarios ? 0 : 1), 0]);
  } else rows.push(['keepalived lab (no report)', 0, 1, 0]);
} else rows.push(['keepalived lab (needs Linux and root: skipped)', 0, 0, 1]);

/** Playwright's counts from its JSON report; a run that failed without a failed test counts as one failure. */
function playwrightRow(name, ok, report) {
  if (!report?.stats) return [`${name} (no report)`, 0, 1, 0];
  const failed = report.stats.unexpected + (ok || report.stats.unexpected ? 0 : 1);
  return [name, report.stats.expected + report.stats.flaky, failed, report.stats.skipped];
}
const e2eOk = run('browser journeys', 'npx', ['playwright', 'test']);
rows.push(playwrightRow('playwright', e2eOk, readJson(e2eJson)));
const remoteOk = run('browser journeys against a remote backend', 'npx', ['playwright', 'test', '-c', 'playwright.remote.config.ts']);
rows.push(playwrightRow('playwright (remote backend)', remoteOk, readJson(remoteJson)));

console.log('\n| runner | passed | failed | skipped |\n|---|---|---|---|');
for (const [name, p, f, s] of rows) console.log(`| ${name} | ${p} | ${f} | ${s} |`);
const passed = rows.reduce((n, r) => n + r[1], 0);
const failed = rows.reduce((n, r) => n + r[2], 0);
const skipped = rows.reduce((n, r) => n + r[3], 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
