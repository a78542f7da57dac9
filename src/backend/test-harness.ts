/**
 * For tests and scripts only (never imported by the app): a backend over a private in-memory
 * fake-indexeddb, and a `call` helper that speaks to `handle()` like an HTTP client would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createBackend, type ApiResponse } from './handler';
import { openIdbStore, type Store } from './store';

export const TOKEN_HEADERS = { 'x-auth-token': 'test-token' };

export interface Harness {
  store: Store;
  call<T = any>(method: string, pathAndQuery: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse & { body: T }>;
}

export async function makeHarness(): Promise<Harness> {
  const store = await openIdbStore({ idbFactory: new IDBFactory() });
  const backend = createBackend({ store });
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
