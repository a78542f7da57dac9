const RELOAD_FLAG = 'vip-console:reloaded-without-worker';

/**
 * For a page served by `npm run api -- --console`, whose backend is that server: removes any in-browser
 * backend worker an earlier console left on this origin, so nothing answers the API's paths from
 * IndexedDB. If such a worker still controls this page, reloads once, without it. (The server also
 * answers the worker's URL with a worker that unregisters itself, for pages that an old worker served.)
 */
export async function releaseBrowserBackend(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
  if (!navigator.serviceWorker.controller) {
    sessionStorage.removeItem(RELOAD_FLAG);
    return;
  }
  if (!sessionStorage.getItem(RELOAD_FLAG)) {
    sessionStorage.setItem(RELOAD_FLAG, '1');
    window.location.reload();
    await new Promise(() => {});
  }
}
