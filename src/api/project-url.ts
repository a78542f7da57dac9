import { checkProjectId } from '../domain';
import { currentProjectId, useProjectStore } from './project-store';
import { switchBlock } from './work-in-progress';

/** The app's base path (Vite's BASE_URL without its trailing slash; '' at the root). */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
const IN_PROJECT = /^\/projects\/([^/?#]+)(\/[^?#]*)?$/;

/**
 * Every page of the console lives under its project: `/projects/{project_id}/vips/...`, so a link opens
 * the same project for whoever follows it. The router's basename is that prefix: the pages' own paths
 * (`/vips`, `/servers/:id`) do not name the project.
 */
export function projectBasename(project: string): string {
  return `${BASE}/projects/${encodeURIComponent(project)}`;
}

/** The project a page path names and the page's own path, or null when it names none (or a bad id). */
export function splitProjectPath(appPath: string): { project: string; page: string } | null {
  const m = IN_PROJECT.exec(appPath);
  if (!m) return null;
  let project: string;
  try {
    project = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  if (checkProjectId(project)) return null;
  return { project, page: m[2] && m[2] !== '/' ? m[2] : '/' };
}

/** The address bar's path inside the app (without the base path). */
export function appPath(): string {
  return window.location.pathname.slice(BASE.length) || '/';
}

/**
 * Makes the address bar name a project before the first render: a path under `/projects/{id}` makes that
 * project current; any other path (an older link, `/`) is moved under the current project, in place.
 * Returns the page's own path.
 */
export function settleProjectInUrl(): string {
  const here = splitProjectPath(appPath());
  if (here) {
    if (here.project !== currentProjectId()) useProjectStore.getState().setProjectId(here.project);
    return here.page;
  }
  const page = appPath().startsWith('/projects') ? '/' : appPath();
  const { search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${projectBasename(currentProjectId())}${page === '/' ? '' : page}${search}${hash}`);
  return page;
}

/**
 * Opens another project, on `page` (default: its VPCs), as a new history entry. Not while a change of
 * several steps runs in this one (`switchBlock`): the screens disable switching then, with the reason.
 */
export function openProject(project: string, page = '/vpcs'): void {
  if (project === currentProjectId() && appPath().startsWith(`/projects/${encodeURIComponent(project)}`)) return;
  if (switchBlock()) return;
  window.history.pushState(null, '', `${projectBasename(project)}${page}`);
  useProjectStore.getState().setProjectId(project);
}

/** Keeps the current project in step with the address bar when Back or Forward crosses projects. */
export function followProjectInHistory(): () => void {
  const onPop = () => {
    const here = splitProjectPath(appPath());
    if (!here || here.project === currentProjectId()) return;
    // Back or Forward into another project while a change runs here: stay (the change would follow).
    if (switchBlock()) window.history.pushState(null, '', `${projectBasename(currentProjectId())}/vpcs`);
    else useProjectStore.getState().setProjectId(here.project);
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}
