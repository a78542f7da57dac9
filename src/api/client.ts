import { t } from '@lingui/core/macro';
import { readErrorBody } from '../contract';
import { actingToken } from './acting-user';
import { absoluteUrl, apiBaseUrl, currentCredential, requestAuth, routingHeaders } from './connection';
import { currentProjectId } from './project-store';

/** The request an error answered: its method and path (without the query). */
export interface ApiRequestLine {
  method: string;
  path: string;
}

/** A refusal or failure of the API, with the backend's code and message as sent (or as explained). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly request?: ApiRequestLine;

  constructor(status: number, code: string, message: string, request?: ApiRequestLine) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.request = request;
  }
}

/** Turns an API refusal into words for a person, or null to keep the backend's message. */
export type ApiErrorExplainer = (error: ApiError) => string | null;

let explainer: ApiErrorExplainer | null = null;

/**
 * Lets the app explain refusals once, for every caller (notifications, inline errors, step lists): e.g. a
 * 404 on an object this tab still shows becomes "... was released in another tab". Returns the undo.
 */
export function setApiErrorExplainer(explain: ApiErrorExplainer): () => void {
  explainer = explain;
  return () => {
    if (explainer === explain) explainer = null;
  };
}

/**
 * The API's 412: the resource changed since it was read (its ETag no longer matches the `If-Match` sent),
 * and the write changed nothing. Read it again and decide on its current state.
 */
export class PreconditionFailedError extends ApiError {
  constructor(code: string, message: string, request?: ApiRequestLine) {
    super(412, code, message, request);
    this.name = 'PreconditionFailedError';
  }
}

export const isPreconditionFailed = (error: unknown): error is PreconditionFailedError => error instanceof PreconditionFailedError;

/** True for the API's 404: the object does not exist, or belongs to another project. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** The ETag the write is based on: the backend answers 412 (`PreconditionFailedError`) when it is stale. */
  ifMatch?: string | null;
}

/** A body with the ETag the backend sent with it (null when it sent none, e.g. for lists). */
export interface WithEtag<T> {
  body: T;
  etag: string | null;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/v1/{project_id}` + rest, for the current project. */
export const v1 = (rest: string) => `/v1/${currentProjectId()}${rest}`;
/** The console's own extension paths. */
export const consoleV1 = (rest: string) => `/console/v1/${currentProjectId()}${rest}`;

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiFetchWithMeta<T>(path, options)).body;
}

/** `apiFetch`, also returning the answer's ETag: read a resource with it, then write with `ifMatch`. */
export async function apiFetchWithMeta<T>(path: string, options: RequestOptions = {}): Promise<WithEtag<T>> {
  const base = apiBaseUrl();
  const url = `${base}${path}${buildQuery(options.query)}`;
  const method = options.method ?? 'GET';
  const sent = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Console-Client': 'vip-console', ...routingHeaders(url) };
  if (sent !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let response: Response;
  try {
    const acting = actingToken();
    Object.assign(headers, await requestAuth(method, absoluteUrl(url), headers, sent, acting ? { token: acting } : currentCredential()));
    response = await fetch(url, { method, headers, body: sent, signal: options.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    const where = base || location.origin;
    const why = (err as Error).message;
    throw new ApiError(0, 'Console.Network', t`Could not reach the API at ${where}: ${why}`);
  }
  const etag = response.headers.get('etag');
  if (response.status === 204) return { body: undefined as T, etag };
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = undefined;
  if (text !== '') {
    if (!type.includes('json')) {
      const got = type || t`a non-JSON answer`;
      throw new ApiError(
        response.status === 200 ? 502 : response.status,
        'Console.NotJson',
        t`The API did not answer ${method} ${path}: got ${got} instead of JSON. The backend (service worker or API server) may not be running; reload the page.`,
      );
    }
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(502, 'Console.BadJson', t`The API answered ${path} with a body that is not valid JSON.`);
    }
  }
  if (!response.ok) {
    const decoded = readErrorBody(body);
    const request = { method, path };
    const code = decoded?.code ?? `HTTP.${response.status}`;
    const status = response.status;
    const statusText = response.statusText;
    const said = decoded?.message || t`The API answered ${status} ${statusText} to ${path}.`;
    const message = response.status === 401 && base ? t`${said} Settings > Backend holds the credential the console sends.` : said;
    if (response.status === 412) throw new PreconditionFailedError(code, message, request);
    const error = new ApiError(response.status, code, message, request);
    const explained = explainer?.(error);
    throw explained ? new ApiError(response.status, code, explained, request) : error;
  }
  return { body: body as T, etag };
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
