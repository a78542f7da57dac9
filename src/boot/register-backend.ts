import { Workbox } from 'workbox-window';
import { BackendUnavailableError } from './boot-messages';

const RELOAD_FLAG = 'vip-console:reloaded-for-worker';

/**
 * Registers the service worker that runs the backend and resolves once it controls this page, so no
 * API request can reach the static server (which would answer index.html with a 200).
 * A hard reload bypasses the worker for the page: then it asks the worker to claim, and reloads once
 * if that does not work.
 */
export async function registerBackend(onUpdate: (activate: () => void) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new BackendUnavailableError('no-service-worker');
  }
  const base = import.meta.env.BASE_URL;
  const workerUrl = import.meta.env.DEV ? `${base}dev-sw.js?dev-sw` : `${base}sw.js`;
  const wb = new Workbox(workerUrl, { scope: base, type: import.meta.env.DEV ? 'module' : 'classic' });
  wb.addEventListener('waiting', () =>
    onUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    }),
  );
  if (navigator.serviceWorker.controller) {
    // A repeat visit: the worker already answers this page. Check for a new version without waiting.
    sessionStorage.removeItem(RELOAD_FLAG);
    void wb.register();
    return;
  }
  const registration = await wb.register();
  if (!registration) throw new BackendUnavailableError('not-registered');
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) {
    sessionStorage.removeItem(RELOAD_FLAG);
    return;
  }
  const controlled = new Promise<boolean>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
    setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), 3000);
  });
  registration.active?.postMessage({ type: 'CLAIM' });
  if (await controlled) return;
  if (!sessionStorage.getItem(RELOAD_FLAG)) {
    sessionStorage.setItem(RELOAD_FLAG, '1');
    window.location.reload();
    await new Promise(() => {});
  }
  throw new BackendUnavailableError('not-controlling');
}

/**
 * Asks the worker to cache the app's files for offline use, once the page has rendered and is idle, so
 * a first visit does not wait for them. Cheap when they are cached already. When every file is cached,
 * `<html data-offline-ready="true">` says so.
 */
export function cacheAppForOffline(): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'OFFLINE_READY') document.documentElement.dataset.offlineReady = 'true';
  });
  const ask = () => navigator.serviceWorker.controller?.postMessage({ type: 'PRECACHE' });
  if ('requestIdleCallback' in window) window.requestIdleCallback(ask, { timeout: 3000 });
  else setTimeout(ask, 1000);
}
