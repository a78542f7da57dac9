import { codes } from '../../domain';
import { createProjectRequest, importRefusalMessage, type ImportResult, type Project } from '../../contract';
import { ApiError, zodMessage } from '../errors';
import { checkProjectFile } from '../project-file/check-file';
import { writeProjectFile } from '../project-file/write-file';
import { route, type Route } from '../router';
import type { MetaRecord } from '../store';
import { ok } from './common';
import { importedCounts, parseProjectFile } from './project-file';
import { newProjectId, projectView, refuseProjectCreate, refuseTakenName } from './projects';

/**
 * Console extension: a new project made from a project file, `POST /console/v1/projects/import?name=&region=`
 * (body: the file). The project and everything in the file are written in ONE transaction: a refused file
 * leaves no project behind. Only the built-in administrator creates projects. 201 `{project, imported, ids}`.
 */
export const newProjectFromFileRoute: Route = route({
  method: 'POST',
  pattern: '/console/v1/projects/import',
  global: true,
  run: async ({ req, space, caller, query }) => {
    refuseProjectCreate(caller);
    const started = Date.now();
    const asked = { project: { name: query.get('name') ?? '', region: query.get('region') ?? '', description: query.get('description') ?? undefined } };
    const named = createProjectRequest.safeParse(asked);
    if (!named.success) throw new ApiError(codes.badParameter, zodMessage(named.error, asked), 400);
    const { name, region, description = '' } = named.data.project;
    const file = parseProjectFile(req.body);
    const problems = checkProjectFile(file);
    if (problems.length > 0) throw new ApiError(codes.badParameter, importRefusalMessage(problems), 400);
    await refuseTakenName(space, region, name);
    const id = newProjectId();
    const meta: MetaRecord = { project_id: id, seeded: false, name, region, description, created_at: new Date().toISOString() };
    const ids = await (await space.storeOf(id)).write(async (tx) => {
      const kept = await writeProjectFile(tx, id, file);
      await tx.put('meta', meta);
      return kept;
    });
    const project: Project = projectView(meta);
    return ok({ project, imported: importedCounts(file), ids, elapsed_ms: Date.now() - started } satisfies ImportResult & { project: Project }, 201);
  },
});
