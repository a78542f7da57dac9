import { notifyManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { hasLiveChanges } from '../api/live-updates';
import { nextTask } from '../api/next-task';

/**
 * The backend runs in the browser: nothing waits for "online". Data is refetched when the tab gets focus
 * or the network comes back, once it is older than `staleTime`. With the in-browser backend every
 * committed write already refreshes what it touches in every tab, and a remote backend's changes stream
 * (or polling, without one) does the same, so focus is only a backstop (30 s).
 */
export function createQueryClient() {
  // TanStack tells components of new data in a later task, by default with setTimeout(0): a background
  // tab would see another tab's change up to a second late per step.
  notifyManager.setScheduler(nextTask);
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: hasLiveChanges() ? 30_000 : 5_000,
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** The one query client of the page: src/main.tsx starts the first page's queries in it before the app has loaded. */
export const queryClient = createQueryClient();
