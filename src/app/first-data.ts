import type { QueryClient } from '@tanstack/react-query';
import { getAllEipsQueryOptions } from '../api/eips/get-eips';
import { getServersQueryOptions } from '../api/servers/get-servers';
import { getAllSubnetsQueryOptions } from '../api/subnets/get-subnets';
import { getAllVipsQueryOptions } from '../api/vips/get-vips';
import { FIRST_SERVER_PAGE } from '../features/servers/server-list-query';

/**
 * The queries a page makes as it opens, by its path: src/main.tsx starts them as soon as the backend
 * answers, while the page's code is still loading, and the page's own queries (same keys) find them under
 * way. A page not listed here simply starts its queries when it renders.
 */
const FIRST_QUERIES: Record<string, (qc: QueryClient) => void> = {
  servers: (qc) => {
    void qc.prefetchQuery(getServersQueryOptions(FIRST_SERVER_PAGE));
    void qc.prefetchQuery(getAllVipsQueryOptions());
    void qc.prefetchQuery(getAllEipsQueryOptions());
    void qc.prefetchQuery(getAllSubnetsQueryOptions());
  },
};

export function prefetchFirstData(qc: QueryClient, pathname: string): void {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 1) FIRST_QUERIES[segments[0]]?.(qc);
}
