import {
  DEMO_PROJECT_ID,
  DEMO_REGION,
  createProjectRequest,
  updateProjectRequest,
  type CreateProjectRequest,
  type Project,
  type UpdateProjectRequest,
} from '../../contract';
import { checkProjectId } from '../../domain';
import { ApiError, backendCodes, badRequest, notFound } from '../errors';
import type { Caller } from '../identity';
import type { ProjectSpace } from '../project-space';
import { route, type Route } from '../router';
import type { MetaRecord } from '../store';
import { ok } from './common';

/** The IAM domain every project of this backend belongs to (one account). */
export const DOMAIN_ID = '0000000000000000000000000000000d';
export const DEMO_PROJECT_NAME = 'demo';

/** A project as IAM lists it, from its meta record. A project used only by its id is named after it. */
export function projectView(meta: MetaRecord): Project {
  const region = meta.region ?? DEMO_REGION;
  const display = meta.name ?? (meta.project_id === DEMO_PROJECT_ID ? DEMO_PROJECT_NAME : `project-${meta.project_id.slice(0, 8)}`);
  return {
    id: meta.project_id,
    name: `${region}_${display}`,
    description: meta.description ?? '',
    domain_id: DOMAIN_ID,
    parent_id: DOMAIN_ID,
    enabled: true,
    is_domain: false,
    region,
    display_name: display,
    created_at: meta.created_at ?? '',
  };
}

/** A Huawei project id: 32 lower-case hex digits. */
export function newProjectId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Only the built-in administrator creates projects (from scratch or from a file). */
export function refuseProjectCreate(caller: Caller): void {
  if (caller.builtin) return;
  throw new ApiError(backendCodes.forbidden, `Policy doesn't allow iam:projects:create to be performed: only the server's administrator creates projects, and ${caller.name} is a user of project ${caller.project}.`, 403);
}

const visible = (caller: Caller, project: string) => caller.project === undefined || caller.project === project;

async function mustProject(space: ProjectSpace, caller: Caller, id: string): Promise<MetaRecord> {
  const refusal = checkProjectId(id);
  if (refusal) throw badRequest(`"${id}" is not a project id. ${refusal.message}`, 'project_id');
  const meta = visible(caller, id) ? (await space.metas()).find((m) => m.project_id === id) : undefined;
  if (!meta) throw notFound('IAM.0004', `Project ${id} does not exist (or is not one of yours).`);
  return meta;
}

export async function refuseTakenName(space: ProjectSpace, region: string, name: string, except?: string): Promise<void> {
  const taken = (await space.metas()).find((m) => m.project_id !== except && projectView(m).name === `${region}_${name}`);
  if (taken) throw new ApiError('IAM.0008', `A project named ${region}_${name} already exists (${taken.project_id}); choose another name.`, 409);
}

/** IAM's project API (`/v3/projects`), above every project: list, show, create and rename. */
export const projectRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/v3/projects',
    global: true,
    run: async ({ space, caller, query }) => {
      const name = query.get('name');
      const projects = (await space.metas())
        .filter((m) => visible(caller, m.project_id))
        .map(projectView)
        .filter((p) => !name || p.name === name)
        .sort((a, b) => (a.id === DEMO_PROJECT_ID ? -1 : b.id === DEMO_PROJECT_ID ? 1 : a.name.localeCompare(b.name)));
      return ok({ projects, links: { self: '/v3/projects', next: null, previous: null } });
    },
  }),
  route({
    method: 'GET',
    pattern: '/v3/projects/:id',
    global: true,
    run: async ({ space, caller, params }) => ok({ project: projectView(await mustProject(space, caller, params.id)) }),
  }),
  route<CreateProjectRequest>({
    method: 'POST',
    pattern: '/v3/projects',
    global: true,
    schema: createProjectRequest,
    run: async ({ space, caller, body }) => {
      refuseProjectCreate(caller);
      const { name, region, description = '' } = body.project;
      await refuseTakenName(space, region, name);
      const id = newProjectId();
      const meta: MetaRecord = { project_id: id, seeded: false, name, region, description, created_at: new Date().toISOString() };
      await (await space.storeOf(id)).write((tx) => tx.put('meta', meta));
      return ok({ project: projectView(meta) }, 201);
    },
  }),
  route<UpdateProjectRequest>({
    method: 'PATCH',
    pattern: '/v3/projects/:id',
    global: true,
    schema: updateProjectRequest,
    run: async ({ space, caller, params, body }) => {
      const meta = await mustProject(space, caller, params.id);
      const current = projectView(meta);
      const name = body.project.name ?? current.display_name;
      if (name !== current.display_name) await refuseTakenName(space, current.region, name, meta.project_id);
      const store = await space.storeOf(meta.project_id);
      const updated = await store.write(async (tx) => {
        const now = (await tx.get('meta', meta.project_id)) ?? meta;
        const next: MetaRecord = { ...now, name, region: current.region, description: body.project.description ?? now.description ?? '' };
        await tx.put('meta', next);
        return next;
      });
      return ok({ project: projectView(updated) });
    },
  }),
];
