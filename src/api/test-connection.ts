import { t } from '@lingui/core/macro';
import { readErrorBody } from '../contract';
import { absoluteUrl, requestAuth, routingHeaders, type BackendChoice } from './connection';

/** What `Test connection` found: an answer, or why there was none, in words a person can act on. */
export type ConnectionTest =
  | { ok: true; message: string }
  | { ok: false; problem: 'unreachable' | 'cors' | 'auth' | 'not-api' | 'error'; message: string };

const pageOrigin = () => (typeof location === 'undefined' ? t`this page` : location.origin);

/**
 * Tries a backend with a request that needs auth: `GET /v1/{project_id}/vpcs?limit=1` with the choice's
 * credential. A fetch that fails outright is told apart: if a plain (no-cors) request reaches the server,
 * it is there but does not let this page read it (CORS); else it is unreachable.
 */
export async function testConnection(backend: BackendChoice, projectId: string, fetcher: typeof fetch = fetch): Promise<ConnectionTest> {
  if (backend.kind === 'browser') return { ok: true, message: t`The in-browser backend answers this page.` };
  const server = backend.url;
  const url = absoluteUrl(`${backend.url}/v1/${encodeURIComponent(projectId)}/vpcs?limit=1`);
  const headers: Record<string, string> = { Accept: 'application/json', ...routingHeaders(url, backend) };
  try {
    Object.assign(headers, await requestAuth('GET', url, headers, undefined, backend.auth));
  } catch (error) {
    return { ok: false, problem: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  let response: Response;
  try {
    response = await fetcher(url, { headers, cache: 'no-store' });
  } catch (error) {
    const reached = await fetcher(url, { mode: 'no-cors', cache: 'no-store' }).then(
      () => true,
      () => false,
    );
    const origin = pageOrigin();
    const why = error instanceof Error ? error.message : String(error);
    if (reached) {
      return {
        ok: false,
        problem: 'cors',
        message: t`${server} answered, but does not let pages of ${origin} read its answers (CORS). Start it with npm run api -- --cors ${origin}.`,
      };
    }
    return { ok: false, problem: 'unreachable', message: t`${server} cannot be reached (${why}). Is the server running, and is the URL right?` };
  }
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = type.includes('json') && text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const said = readErrorBody(body)?.message;
  const status = response.status;
  if (status === 401 || status === 403) {
    const reason = said || response.statusText || t`no reason given`;
    return { ok: false, problem: 'auth', message: t`${server} refused the credential (${status}): ${reason}` };
  }
  if (response.ok && body && Array.isArray((body as { vpcs?: unknown }).vpcs)) {
    return { ok: true, message: t`Connected: ${server} answered the VPC list of project ${projectId}.` };
  }
  if (response.ok || !body) {
    const contentType = type || t`no content type`;
    return {
      ok: false,
      problem: 'not-api',
      message: t`${server} answered ${status} with ${contentType}, not the Huawei VPC API. Give the API's base URL (without /v1/...).`,
    };
  }
  const reason = said || response.statusText;
  return { ok: false, problem: 'error', message: t`${server} answered ${status}: ${reason}` };
}
