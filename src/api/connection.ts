import { t } from '@lingui/core/macro';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { signSdkRequest } from '../contract/sdk-signing';

/** How the console proves who it is to a remote backend: a token (`X-Auth-Token`) or an AK/SK pair (signed). */
export type Credential = { token: string } | { ak: string; sk: string };

/**
 * The backend the console talks to: the in-browser one (the service worker, on IndexedDB), or a
 * Huawei-compatible endpoint at `url` (`npm run api`, a gateway). `url` is an origin plus an optional
 * path prefix, without a trailing slash.
 */
export type BackendChoice = { kind: 'browser' } | { kind: 'remote'; url: string; auth: Credential };

/** The token the console sends to its in-browser backend (which takes any non-empty token). */
export const AUTH_TOKEN = 'console-demo-token';

/** The marker `npm run api -- --console` puts into the index.html it serves: the console's backend is that server. */
export const SAME_ORIGIN_MARKER = 'vip-console-backend';

/** True when this page was served by `npm run api -- --console`: its backend is the server at this origin. */
export const servedByApiServer: boolean =
  typeof document !== 'undefined' && document.querySelector(`meta[name="${SAME_ORIGIN_MARKER}"]`)?.getAttribute('content') === 'same-origin';

const pageOrigin = () => (typeof location === 'undefined' ? '' : location.origin);

/** `url` made absolute against this page (a relative one, outside a page, against http://localhost). */
export const absoluteUrl = (url: string) => new URL(url, typeof location === 'undefined' ? 'http://localhost/' : location.href).href;

/** The backend a console starts with: its own server when it served the page, else `VITE_API_BASE_URL`, else this browser. */
export function defaultBackend(): BackendChoice {
  if (servedByApiServer) return { kind: 'remote', url: pageOrigin(), auth: { token: AUTH_TOKEN } };
  const built = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '';
  return built ? { kind: 'remote', url: normaliseUrl(built), auth: { token: AUTH_TOKEN } } : { kind: 'browser' };
}

/** `http://h:1/api/` -> `http://h:1/api`; a relative base (`/api`) is resolved against this page. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url.trim(), pageOrigin() || undefined);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

interface ConnectionState {
  backend: BackendChoice;
  setBackend: (backend: BackendChoice) => void;
}

export const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      backend: defaultBackend(),
      setBackend: (backend) => set({ backend }),
    }),
    { name: 'vip-console.backend', partialize: (s) => ({ backend: s.backend }) },
  ),
);

/**
 * The backend in use. A page served by `npm run api -- --console` has no in-browser backend (its origin's
 * API paths belong to the server): a stored "This browser" means that server there.
 */
export function currentBackend(): BackendChoice {
  const { backend } = useConnectionStore.getState();
  return backend.kind === 'browser' && servedByApiServer ? defaultBackend() : backend;
}

/** The base URL requests go to: '' (this origin, where the service worker answers) for the in-browser backend. */
export function apiBaseUrl(backend: BackendChoice = currentBackend()): string {
  return backend.kind === 'browser' ? '' : backend.url;
}

/**
 * THE SEAM for per-user credentials: the credential every request of the console carries. Today it is the
 * configured backend's (or the in-browser backend's demo token); a console that knows its acting user
 * returns that user's token or AK/SK here, and every request (and the changes stream) follows.
 */
export function currentCredential(backend: BackendChoice = currentBackend()): Credential {
  return backend.kind === 'browser' ? { token: AUTH_TOKEN } : backend.auth;
}

/** A header the in-browser worker reads as "not for me": set on requests to a remote backend on the page's own origin. */
export const REMOTE_REQUEST_HEADER = 'X-Vip-Console-Remote';

/**
 * The headers that authenticate one request: `X-Auth-Token`, or an SDK-HMAC-SHA256 signature over the
 * method, URL, `headers` (all signed) and body, as the official SDK signs. `url` is absolute.
 */
export async function requestAuth(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  credential: Credential = currentCredential(),
): Promise<Record<string, string>> {
  if ('token' in credential) return { 'X-Auth-Token': credential.token };
  if (!globalThis.crypto?.subtle) {
    throw new Error('AK/SK signing needs Web Crypto, which browsers give only to secure pages (https://, or http://localhost and 127.0.0.1): open the console over https, or use a token.');
  }
  return signSdkRequest({ method, url, headers, body }, credential.ak, credential.sk);
}

/** Headers that go on every request to `url` before signing: the worker's bypass when a remote backend shares this origin. */
export function routingHeaders(url: string, backend: BackendChoice = currentBackend()): Record<string, string> {
  if (backend.kind !== 'remote' || !pageOrigin()) return {};
  return new URL(url, pageOrigin()).origin === pageOrigin() ? { [REMOTE_REQUEST_HEADER]: '1' } : {};
}

/** Words for the backend in use: "This browser", "This server (http://...)", or the endpoint's URL. */
export function describeBackend(backend: BackendChoice = currentBackend()): string {
  if (backend.kind === 'browser') return t`This browser`;
  const url = backend.url;
  if (servedByApiServer && url === pageOrigin()) return t`This server (${url})`;
  return backend.url;
}
