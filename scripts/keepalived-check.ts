import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * For tests: runs the real `keepalived --config-test` (Debian package keepalived; .ci/run installs it) on
 * configs written to a folder of their own, removed after the test file.
 */
export function keepalivedConfigTest(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (conf: string, name: string) => {
    const file = join(dir, `${name}.conf`);
    writeFileSync(file, conf);
    const run = spawnSync('keepalived', ['--config-test', '-f', file], { encoding: 'utf8' });
    if (run.error) throw new Error(`keepalived is not installed (apt-get install keepalived): ${run.error.message}`);
    return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
  };
}
