import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchFirstData } from './app/first-data';
import { queryClient } from './app/query-client';
import { preloadPage } from './app/route-modules';
import { cacheAppForOffline, registerBackend } from './boot/register-backend';

const container = document.getElementById('root')!;

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
  const pathname = window.location.pathname.slice(import.meta.env.BASE_URL.length - 1);
  preloadPage(pathname);
  try {
    await registerBackend((activate) => void import('./boot/update-prompt').then((m) => m.showUpdatePrompt(activate)));
  } catch (error) {
    showBootError(error instanceof Error ? error.message : String(error));
    return;
  }
  prefetchFirstData(queryClient, pathname);
  let App: Awaited<typeof app>['App'];
  try {
    ({ App } = await app);
  } catch (error) {
    showBootError(`The console could not load (${error instanceof Error ? error.message : String(error)}). Reload the page.`);
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  cacheAppForOffline();
}

void start();
