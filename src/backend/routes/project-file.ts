import {
  PROJECT_FILE_FORMAT,
  PROJECT_FILE_KINDS,
  PROJECT_FILE_VERSION,
  forbiddenKeyPaths,
  importRefusalMessage,
  projectFileSchema,
  type ImportResult,
  type ProjectFile,
  type ProjectFileKind,
} from '../../contract';
import { codes } from '../../domain';
import { ApiError, badRequest, zodProblems } from '../errors';
import { nowIso } from '../ids';
import { eipView, haGroupView, portView, subnetView, vpcView } from '../model';
import { checkProjectFile } from '../project-file/check-file';
import { writeProjectFile } from '../project-file/write-file';
import { projectView } from './projects';
import { route, type Route } from '../router';
import { prefixRange, type Tx } from '../store';
import { ok, plural } from './common';

/** Not a Huawei code: the console's own, for an import into a project that already holds objects (409). */
export const PROJECT_NOT_EMPTY = 'Console.ProjectNotEmpty';

const WORDS: Record<ProjectFileKind, [string, string?]> = {
  vpcs: ['VPC'],
  subnets: ['subnet'],
  servers: ['server'],
  ports: ['port'],
  publicips: ['EIP'],
  ha_groups: ['HA group'],
};

function listed(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join('');
}

async function contentsOf(tx: Tx, project: string): Promise<Record<ProjectFileKind, number>> {
  const counts = await Promise.all(PROJECT_FILE_KINDS.map((kind) => tx.count(kind, 'by_project', prefixRange(project))));
  return Object.fromEntries(PROJECT_FILE_KINDS.map((kind, i) => [kind, counts[i]])) as Record<ProjectFileKind, number>;
}

/** An import fills an empty project only: 409 naming what the project holds. */
async function mustBeEmpty(tx: Tx, project: string): Promise<void> {
  const counts = await contentsOf(tx, project);
  const held = PROJECT_FILE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => plural(counts[kind], ...WORDS[kind]));
  if (held.length === 0) return;
  throw new ApiError(
    PROJECT_NOT_EMPTY,
    `Project ${project} is not empty: it holds ${listed(held)}. An import fills an empty project only; import into a new project id, or delete what this one holds first.`,
    409,
  );
}

async function exportProject(tx: Tx, project: string): Promise<ProjectFile> {
  const [meta, vpcs, subnets, servers, ports, publicips, groups] = await Promise.all([
    tx.get('meta', project),
    tx.ofProject('vpcs', project),
    tx.ofProject('subnets', project),
    tx.ofProject('servers', project),
    tx.ofProject('ports', project),
    tx.ofProject('publicips', project),
    tx.ofProject('ha_groups', project),
  ]);
  return {
    format: PROJECT_FILE_FORMAT,
    version: PROJECT_FILE_VERSION,
    exported_at: nowIso(),
    project: meta ? { id: project, name: projectView(meta).display_name, region: projectView(meta).region } : { id: project },
    vpcs: vpcs.map(vpcView),
    subnets: subnets.map(subnetView),
    servers: servers.map(({ project_id: _p, rev: _r, ...wire }) => wire),
    ports: ports.map(portView),
    publicips: publicips.map(eipView),
    ha_groups: groups.map(haGroupView) as ProjectFile['ha_groups'],
  };
}

export const importedCounts = (file: ProjectFile) => Object.fromEntries(PROJECT_FILE_KINDS.map((kind) => [kind, file[kind].length])) as ImportResult['imported'];

/**
 * The body as a checked project file. In this order, each a 400 listing `path: reason`: JSON; no
 * `__proto__`, `constructor` or `prototype` key anywhere (before anything reads the value); the schema.
 */
export function parseProjectFile(text: string | undefined): ProjectFile {
  if (!text || text.trim() === '') throw badRequest('The request body is empty; send the project file (JSON) that an export wrote.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw badRequest(`The project file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}).`);
  }
  const forbidden = forbiddenKeyPaths(raw);
  if (forbidden.length > 0) {
    throw badRequest(importRefusalMessage(forbidden.map((path) => `${path}: the key "${path.split('.').pop()}" is not allowed in a project file`)));
  }
  const parsed = projectFileSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError(codes.badParameter, importRefusalMessage(zodProblems(parsed.error, raw)), 400);
  return parsed.data;
}

/**
 * Console extension. Export: the project as one versioned file (contract `projectFileSchema`), read in
 * one transaction. Import: the file into this project when it is empty (else 409): parsed and checked
 * (`parseProjectFile`, `checkProjectFile`) before anything is written, then written in one transaction
 * (`writeProjectFile`), which checks the rest and keeps nothing when it refuses.
 */
export const projectFileRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/console/v1/:project/export',
    run: ({ store, project }) => store.read((tx) => exportProject(tx, project)).then((file) => ok(file)),
  }),
  route({
    method: 'POST',
    pattern: '/console/v1/:project/import',
    run: async ({ req, store, project }) => {
      const started = Date.now();
      const file = parseProjectFile(req.body);
      await store.read((tx) => mustBeEmpty(tx, project));
      const problems = checkProjectFile(file);
      if (problems.length > 0) throw new ApiError(codes.badParameter, importRefusalMessage(problems), 400);
      const ids = await store.write(async (tx) => {
        await mustBeEmpty(tx, project);
        return writeProjectFile(tx, project, file);
      });
      return ok({ imported: importedCounts(file), ids, elapsed_ms: Date.now() - started } satisfies ImportResult);
    },
  }),
];
