import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { servedByApiServer } from './api/connection';
import { prefetchFirstData } from './app/first-data';
import { queryClient } from './app/query-client';
import { afterFirstPaint } from './components/after-first-paint';
import { pageAreas, preloadPage } from './app/route-modules';
import { settleProjectInUrl } from './api/project-url';
import { BackendUnavailableError, bootMessage } from './boot/boot-messages';
import { cacheAppForOffline, registerBackend } from './boot/register-backend';
import { releaseBrowserBackend } from './boot/release-backend';
import { loadCatalogs } from './i18n/catalogs';
import { activateLocale, currentLocale, detectLocale } from './i18n/locale';

const container = document.getElementById('root')!;

/** The longest the first render waits for the page's code and first data. */
const FIRST_RENDER_WAIT_MS = 400;
/** The longest a boot error waits for the language to load before it shows in English. */
const LANGUAGE_WAIT_MS = 1500;

function showBootError(message: string) {
  container.innerHTML = '';
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font: 14px system-ui, sans-serif; max-width: 36rem; margin: 20vh auto; color: #c92a2a;';
  box.textContent = message;
  container.append(box);
}

async function start() {
  const app = import('./app/App');
  app.catch(() => {});
  const pathname = settleProjectInUrl();
  // The shell's texts and the first page's; the rest of the language loads once the page is drawn.
  const language = activateLocale(detectLocale(), pageAreas(pathname));
  language.catch(() => {});
  const page = preloadPage(pathname);
  const failed = async (message: () => string) => {
    await Promise.race([language.catch(() => {}), new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS))]);
    showBootError(message());
  };
  try {
    // Served by `npm run api -- --console` (its index.html says so): that server is the backend, no worker.
    if (servedByApiServer) await releaseBrowserBackend();
    else await registerBackend((activate) => void import('./boot/update-prompt').then((m) => m.showUpdatePrompt(activate)));
  } catch (error) {
    await failed(() => (error instanceof BackendUnavailableError ? bootMessage(error.problem) : error instanceof Error ? error.message : String(error)));
    return;
  }
  const data = prefetchFirstData(queryClient, pathname);
  let App: Awaited<typeof app>['App'];
  try {
    ({ App } = await app);
    await language;
  } catch (error) {
    await failed(() => bootMessage('app-failed', error instanceof Error ? error.message : String(error)));
    return;
  }
  // One first render with the page's code and data in hand draws the rows at once; a slow backend
  // gets the shell and its loading state after FIRST_RENDER_WAIT_MS instead.
  await Promise.race([Promise.all([page, data]), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (!servedByApiServer) cacheAppForOffline();
  afterFirstPaint(() => void loadCatalogs(currentLocale()).catch(() => {}));
}

void start();
