import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../src/contract';
import { expectReferencesResolve, parseAll } from '../src/domain/terraform/test-helpers';
import { startApiServer } from './api-server';
import { runTerraformExport } from './terraform';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'vip-tf-'));
  dirs.push(dir);
  return dir;
}

/** `npm run terraform -- ...args`, as a child process; never throws, answers the exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/terraform.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run terraform', () => {
  it('matches the golden files for the demo data, which parse and whose references resolve', async () => {
    const files = await runTerraformExport({ project: DEMO_PROJECT_ID });
    expect(files.map((f) => f.name)).toEqual(['main.tf', 'variables.tf', 'outputs.tf']);
    for (const f of files) await expect(f.content).toMatchFileSnapshot(`../src/domain/terraform/__golden__/demo/${f.name}`);
    await parseAll(files);
    await expectReferencesResolve(files);
  });

  it('writes the files of one HA group with --out, and prints one VPC without it', async () => {
    const out = path.join(await tempDir(), 'tf');
    const group = await cli('--group', 'ha-web', '--out', out);
    expect(group.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['main.tf', 'outputs.tf', 'variables.tf']);
    const main = await readFile(path.join(out, 'main.tf'), 'utf8');
    expect(main).toContain('resource "huaweicloud_networking_vip" "vip_ha"');
    expect(main).not.toContain('"vip_web"');
    expect(main).toContain('protocol          = "112"');

    const vpc = await cli('--vpc', 'vpc-demo');
    expect(vpc.code).toBe(0);
    expect(vpc.stdout).toContain('# ---- variables.tf ----');
    expect(vpc.stdout).toContain('resource "huaweicloud_networking_vip" "vip_web"');
  }, 60_000);

  it('exits 2 for an unknown group, VPC or project, saying what exists', async () => {
    const group = await cli('--group', 'nope');
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('No HA group nope');
    expect(group.stderr).toContain('ha-web');
    const vpc = await cli('--vpc', 'nope');
    expect(vpc.code).toBe(2);
    expect(vpc.stderr).toContain('VPCs: vpc-demo');
    const flag = await cli('--nope');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Usage: npm run terraform');
  }, 60_000);

  it('reads a --data file, and names its projects for an unknown one', async () => {
    const file = path.join(await tempDir(), 'data.sqlite');
    const server = await startApiServer({ port: 0, dataFile: file, log: () => {} });
    await fetch(`${server.url}/v1/${DEMO_PROJECT_ID}/vpcs`, { headers: { 'X-Auth-Token': 'x' } });
    await server.close();
    const files = await runTerraformExport({ project: DEMO_PROJECT_ID, dataFile: file, group: 'ha-web' });
    expect(files[0].content).toContain('"huaweicloud_vpc_eip_associate" "eip_ha"');
    const unknown = await cli('--data', file, '--project', 'p404');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`Projects there: ${DEMO_PROJECT_ID}`);
  }, 60_000);
});
