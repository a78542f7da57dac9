import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** The backend runs in the browser: nothing waits for "online". */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
