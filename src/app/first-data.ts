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
const FIRST_QUERIES: Record<string, (qc: QueryClient) => Promise<unknown>[]> = {
  servers: (qc) => [
    qc.prefetchQuery(getServersQueryOptions(FIRST_SERVER_PAGE)),
    qc.prefetchQuery(getAllVipsQueryOptions()),
    qc.prefetchQuery(getAllEipsQueryOptions()),
    qc.prefetchQuery(getAllSubnetsQueryOptions()),
  ],
};

/** Starts the page's first queries; resolves when they have all settled (at once for other pages). */
export async function prefetchFirstData(qc: QueryClient, pathname: string): Promise<void> {
  const segments = pathname.split('/').filter(Boolean);
  const queries = segments.length === 1 ? FIRST_QUERIES[segments[0]]?.(qc) : undefined;
  await Promise.all(queries ?? []);
}
