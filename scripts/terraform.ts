/**
 * The Terraform export without a browser: `npm run terraform -- [--data FILE] [--project ID]
 * [--vpc NAME | --group NAME] [--out DIR]`. Reads the demo data (in memory) or a `--data` SQLite file
 * (the one `npm run api -- --data` keeps), exports one VPC, one HA group or, with neither, every VPC of
 * the project, and writes main.tf, variables.tf and outputs.tf into DIR, or prints them as one file.
 * A mistake (an unknown flag, project, VPC or group) exits 2 with a message saying what exists.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { terraformData } from '../src/api/terraform/terraform-data';
import { type Store } from '../src/backend';
import { ensureSeeded } from '../src/backend/seed';
import { DEMO_PROJECT_ID } from '../src/contract';
import { terraformFiles, terraformSingleFile, TfSelectionError, type TfData, type TfFile, type TfSelection } from '../src/domain/terraform';
import { openDurableStores } from './data-file/durable-store';
import { ProjectStores } from './data-file/project-stores';
import { DataFileError } from './data-file/sqlite-file';

class UsageError extends Error {}

export interface TerraformCommand {
  dataFile?: string;
  project: string;
  vpc?: string;
  group?: string;
  out?: string;
}

export function parseTerraformCommandLine(argv: readonly string[]): TerraformCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { data: { type: 'string' }, project: { type: 'string' }, vpc: { type: 'string' }, group: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. Usage: npm run terraform -- [--data FILE] [--project ID] [--vpc NAME | --group NAME] [--out DIR]`);
  }
  if (values.vpc !== undefined && values.group !== undefined) throw new UsageError('Give --vpc or --group, not both.');
  return { dataFile: values.data, project: values.project ?? DEMO_PROJECT_ID, vpc: values.vpc, group: values.group, out: values.out };
}

async function readProject(store: Store, project: string): Promise<TfData> {
  const source = await store.read(async (tx) => ({
    vpcs: await tx.ofProject('vpcs', project),
    subnets: await tx.ofProject('subnets', project),
    ports: await tx.ofProject('ports', project),
    servers: await tx.ofProject('servers', project),
    eips: await tx.ofProject('publicips', project),
    haGroups: await tx.ofProject('ha_groups', project),
  }));
  return terraformData(source);
}

/** The project's data: from the `--data` file (read only), or the demo data seeded in memory. */
async function loadData(cmd: TerraformCommand): Promise<TfData> {
  if (cmd.dataFile) {
    const file = path.resolve(cmd.dataFile);
    if (!existsSync(file)) throw new UsageError(`No data file ${file}.`);
    const stores = await openDurableStores({ file, log: () => {} });
    try {
      const projects = stores.projects();
      if (!projects.includes(cmd.project)) throw new UsageError(`No project ${cmd.project} in ${file}. Projects there: ${projects.join(', ') || 'none'}.`);
      return await readProject(await stores.storeOf(cmd.project), cmd.project);
    } finally {
      await stores.close();
    }
  }
  if (cmd.project !== DEMO_PROJECT_ID) throw new UsageError(`Without --data only the demo project ${DEMO_PROJECT_ID} exists; give --data FILE to export project ${cmd.project}.`);
  const stores = new ProjectStores();
  try {
    const store = await stores.storeOf(cmd.project);
    await store.write((tx) => ensureSeeded(tx, cmd.project));
    return await readProject(store, cmd.project);
  } finally {
    await stores.close();
  }
}

function selectionOf(data: TfData, cmd: TerraformCommand): TfSelection {
  const find = <T extends { id: string; name: string }>(list: T[], key: string) => list.find((x) => x.name === key) ?? list.find((x) => x.id === key);
  if (cmd.vpc !== undefined) {
    const vpc = find(data.vpcs, cmd.vpc);
    if (!vpc) throw new UsageError(`No VPC ${cmd.vpc} in project ${cmd.project}. VPCs: ${data.vpcs.map((v) => v.name).sort().join(', ') || 'none'}.`);
    return { kind: 'vpc', vpcId: vpc.id };
  }
  if (cmd.group !== undefined) {
    const group = find(data.haGroups, cmd.group);
    if (!group) throw new UsageError(`No HA group ${cmd.group} in project ${cmd.project}. HA groups: ${data.haGroups.map((g) => g.name).sort().join(', ') || 'none'}.`);
    return { kind: 'group', groupId: group.id };
  }
  return { kind: 'ids', ids: data.vpcs.map((v) => v.id), label: `project ${cmd.project}` };
}

/** The files of an export, as `npm run terraform` makes them. */
export async function runTerraformExport(cmd: TerraformCommand): Promise<TfFile[]> {
  const data = await loadData(cmd);
  return terraformFiles(data, selectionOf(data, cmd));
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseTerraformCommandLine(argv);
    const files = await runTerraformExport(cmd);
    if (!cmd.out) {
      process.stdout.write(terraformSingleFile(files));
      return 0;
    }
    const dir = path.resolve(cmd.out);
    mkdirSync(dir, { recursive: true });
    for (const f of files) {
      writeFileSync(path.join(dir, f.name), f.content);
      console.log(`wrote ${path.join(dir, f.name)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof TfSelectionError || error instanceof DataFileError) {
      console.error(`npm run terraform: ${error.message}`);
      return 2;
    }
    console.error(error);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await main(process.argv.slice(2));
