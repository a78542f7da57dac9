/// <reference lib="webworker" />
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { createBackend, openIdbStore } from './backend';
import { announceCommits } from './backend/live-changes';
import { LIVE_CHANGES_CHANNEL } from './contract/live-changes';
import type { ApiRequest, ApiResponse } from './backend';

declare const self: ServiceWorkerGlobalScope;

/** Paths of the Huawei API subset and of the console's own extension; everything else is the app. */
const API_PREFIXES = ['/v1/', '/v1.1/', '/v2.0/', '/v3/', '/console/v1/'];

/** The faults test aid exists only in a test build (`VITE_TEST_FAULTS=1 vite build`, as Playwright builds). */
const TEST_FAULTS = import.meta.env.VITE_TEST_FAULTS === '1';

/**
 * Every committed write is announced to every open tab on one BroadcastChannel (not `clients.postMessage`):
 * one post reaches every same-origin tab, with no `clients.matchAll()` per write, and it still reaches tabs
 * that an older or newer version of this worker controls during an update.
 */
const changes = new BroadcastChannel(LIVE_CHANGES_CHANNEL);
const onCommit = announceCommits((message) => changes.postMessage(message));

let backend: ReturnType<typeof createBackend> | null = null;
let opening: Promise<ReturnType<typeof createBackend>> | null = null;

function getBackend() {
  if (backend) return Promise.resolve(backend);
  opening ??= openIdbStore({ onCommit }).then((store) => (backend = createBackend({ store, faults: TEST_FAULTS })));
  return opening;
}

// Open the database as the worker starts (it starts for the page's navigation), not at the first API
// request: the page's code loads meanwhile, and its first queries find the backend ready.
void getBackend().catch(() => (opening = null));

function apiPath(url: URL): string | null {
  if (url.origin !== self.location.origin) return null;
  const scopePath = new URL(self.registration.scope).pathname.replace(/\/$/, '');
  const path = url.pathname.startsWith(scopePath) ? url.pathname.slice(scopePath.length) : url.pathname;
  return API_PREFIXES.some((p) => path.startsWith(p)) ? path : null;
}

/**
 * Answers one API request. The answer carries `Server-Timing: handler;dur=<ms>`, the time from the fetch
 * event to the response built (DevTools shows it in the request's Timing tab; the bench reads it).
 */
async function answer(request: Request, path: string): Promise<Response> {
  const started = performance.now();
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  const apiRequest: ApiRequest = { method: request.method, path, query: url.searchParams, headers, body };
  let response: ApiResponse;
  try {
    response = await (await getBackend()).handle(apiRequest);
  } catch (error) {
    const message = `The in-browser backend failed: ${error instanceof Error ? error.message : String(error)}`;
    response = { status: 500, headers: {}, body: { code: 'VPC.9999', message, error_code: 'VPC.9999', error_msg: message } };
  }
  const text = response.status === 204 || response.body === undefined ? null : JSON.stringify(response.body);
  const timing = `handler;dur=${(performance.now() - started).toFixed(1)}`;
  return new Response(text, { status: response.status, headers: { 'content-type': 'application/json', ...response.headers, 'server-timing': timing } });
}

self.addEventListener('fetch', (event) => {
  const path = apiPath(new URL(event.request.url));
  // The console marks requests meant for a remote backend on this same origin (src/api/connection.ts): not ours.
  if (path && !event.request.headers.has('x-vip-console-remote')) event.respondWith(answer(event.request, path));
});

/**
 * The app's files are precached so the console works offline. On a first visit that would hold the first
 * render until every file is fetched (install must finish before the worker can answer the API), so the
 * first version takes control at once and caches its files when the page asks, after its first render
 * (message PRECACHE). Later versions precache while they install, as usual, before they take over.
 */
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new PrecacheRoute(precache));
/** Pages of `npm run bench` served beside the console (a floor page under this worker): not the console's. */
const BENCH_PAGES = /^\/__bench\//;
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('index.html'), {
    denylist: [...API_PREFIXES.map((p) => new RegExp(`^${p.replace(/[./]/g, '\\$&')}`)), BENCH_PAGES],
  }),
);

/** What a precaching install does, for the first version: fetch what is not cached yet, under its cache key. */
async function cacheAppFiles(): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  for (const [url, cacheKey] of precache.getURLsToCacheKeys()) {
    if (await cache.match(cacheKey)) continue;
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.ok) await cache.put(cacheKey, response);
  }
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'OFFLINE_READY' });
}

self.addEventListener('install', (event) => {
  if (!self.registration.active) void self.skipWaiting();
  else void precache.install(event);
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
  void precache.activate(event);
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'CLAIM') event.waitUntil(self.clients.claim());
  if (type === 'PRECACHE') event.waitUntil(cacheAppFiles());
});
