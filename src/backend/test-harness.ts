/* eslint-disable @typescript-eslint/no-explicit-any -- tests read JSON answers loosely, as a client would before validating */
/**
 * For tests and scripts only (never imported by the app): a backend over a private in-memory
 * fake-indexeddb, and a `call` helper that speaks to `handle()` like an HTTP client would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createBackend, type ApiResponse, type BackendOptions } from './handler';
import { openIdbStore, type Store } from './store';

export const TOKEN_HEADERS = { 'x-auth-token': 'test-token' };

export interface Harness {
  store: Store;
  call<T = any>(method: string, pathAndQuery: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse & { body: T }>;
}

/** `options.faults` serves the faults test aid; `options.auth` turns on authentication. */
export async function makeHarness(options: Omit<BackendOptions, 'store'> = {}): Promise<Harness> {
  const store = await openIdbStore({ idbFactory: new IDBFactory() });
  const backend = createBackend({ ...options, store });
  return {
    store,
    async call(method, pathAndQuery, body, headers = TOKEN_HEADERS) {
      const url = new URL(pathAndQuery, 'http://backend.test');
      const response = await backend.handle({
        method,
        path: url.pathname,
        query: url.searchParams,
        headers,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return response as ApiResponse & { body: any };
    },
  };
}

export function newProjectId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** A fresh project holding the demo data (random ids), and its objects by name. */
export async function demoProject(h: Harness) {
  const p = newProjectId();
  const reset = await h.call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' });
  if (reset.status !== 200) throw new Error(`reset failed: ${JSON.stringify(reset.body)}`);
  const vpc = (await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs[0];
  const subnets = (await h.call('GET', `/v1/${p}/subnets`)).body.subnets as any[];
  const web = subnets.find((s) => s.name === 'subnet-web');
  const db = subnets.find((s) => s.name === 'subnet-db');
  const servers = (await h.call('GET', `/v1/${p}/cloudservers/detail?limit=100`)).body.servers as any[];
  const serverByName = Object.fromEntries(servers.map((s) => [s.name, s]));
  const ports = (await h.call('GET', `/v1/${p}/ports`)).body.ports as any[];
  /** NIC port of a server in a subnet. */
  const nic = (serverName: string, subnet: { id: string } = web) =>
    ports.find((x) => x.device_id === serverByName[serverName].id && x.network_id === subnet.id);
  const vip = ports.find((x) => x.name === 'vip-web');
  const eips = (await h.call('GET', `/v1/${p}/publicips`)).body.publicips as any[];
  return { p, vpc, web, db, servers: serverByName, ports, nic, vip, eips };
}

/**
 * A `fetch` answered by the harness's handler, as the browser's would be by the service worker:
 * method, path, query, headers (If-Match included) and body go in; status, headers (ETag) and body
 * come back. `onCall` sees every request and its status (e.g. to count 412s).
 */
export function fetchVia(h: Harness, onCall?: (call: { method: string; path: string; status: number }) => void) {
  return async (url: string | URL, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const u = new URL(String(url), 'http://console.test');
    const headers: Record<string, string> = { ...TOKEN_HEADERS };
    new Headers(init.headers).forEach((value, name) => (headers[name.toLowerCase()] = value));
    const r = await h.call(method, `${u.pathname}${u.search}`, init.body ? String(init.body) : undefined, headers);
    onCall?.({ method, path: u.pathname, status: r.status });
    return new Response(r.status === 204 ? null : JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json', ...r.headers } });
  };
}
