import { readErrorBody } from '../contract';
import { absoluteUrl, requestAuth, routingHeaders, type BackendChoice } from './connection';

/** What `Test connection` found: an answer, or why there was none, in words a person can act on. */
export type ConnectionTest =
  | { ok: true; message: string }
  | { ok: false; problem: 'unreachable' | 'cors' | 'auth' | 'not-api' | 'error'; message: string };

const pageOrigin = () => (typeof location === 'undefined' ? 'this page' : location.origin);

/**
 * Tries a backend with a request that needs auth: `GET /v1/{project_id}/vpcs?limit=1` with the choice's
 * credential. A fetch that fails outright is told apart: if a plain (no-cors) request reaches the server,
 * it is there but does not let this page read it (CORS); else it is unreachable.
 */
export async function testConnection(backend: BackendChoice, projectId: string, fetcher: typeof fetch = fetch): Promise<ConnectionTest> {
  if (backend.kind === 'browser') return { ok: true, message: 'The in-browser backend answers this page.' };
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
    if (reached) {
      return {
        ok: false,
        problem: 'cors',
        message: `${backend.url} answered, but does not let pages of ${pageOrigin()} read its answers (CORS). Start it with npm run api -- --cors ${pageOrigin()}.`,
      };
    }
    return { ok: false, problem: 'unreachable', message: `${backend.url} cannot be reached (${error instanceof Error ? error.message : String(error)}). Is the server running, and is the URL right?` };
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
  if (response.status === 401 || response.status === 403) {
    return { ok: false, problem: 'auth', message: `${backend.url} refused the credential (${response.status}): ${said || response.statusText || 'no reason given'}` };
  }
  if (response.ok && body && Array.isArray((body as { vpcs?: unknown }).vpcs)) {
    return { ok: true, message: `Connected: ${backend.url} answered the VPC list of project ${projectId}.` };
  }
  if (response.ok || !body) {
    return {
      ok: false,
      problem: 'not-api',
      message: `${backend.url} answered ${response.status} with ${type || 'no content type'}, not the Huawei VPC API. Give the API's base URL (without /v1/...).`,
    };
  }
  return { ok: false, problem: 'error', message: `${backend.url} answered ${response.status}: ${said || response.statusText}` };
}
