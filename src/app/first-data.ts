import type { QueryClient } from '@tanstack/react-query';
import { getAllEipsQueryOptions } from '../api/eips/get-eips';
import { getServersQueryOptions } from '../api/servers/get-servers';
import { getAllSubnetsQueryOptions } from '../api/subnets/get-subnets';
import { getAllVipsQueryOptions } from '../api/vips/get-vips';
import { FIRST_SERVER_PAGE } from '../features/servers/server-list-query';

/**
 * The queries a page makes as it opens, by its path: src/main.tsx starts them as soon as the backend
 * answers, while the page's code is still loading, and the page's own queries (same keys) find them under
 * way. Each returns what the first render should wait for (a list page draws its rows in that render;
 * a diagram draws after its own code and data anyway). A page not listed here starts its queries when it
 * renders.
 */
const FIRST_QUERIES: { path: RegExp; start: (qc: QueryClient, params: string[]) => Promise<unknown>[] }[] = [
  {
    path: /^\/servers\/?$/,
    start: (qc) => [
      qc.prefetchQuery(getServersQueryOptions(FIRST_SERVER_PAGE)),
      qc.prefetchQuery(getAllVipsQueryOptions()),
      qc.prefetchQuery(getAllEipsQueryOptions()),
      qc.prefetchQuery(getAllSubnetsQueryOptions()),
    ],
  },
  {
    path: /^\/topology\/([^/]+)\/?$/,
    start: (qc, [vpcId]) => {
      // Its own chunk: the query options of a diagram are not on the first route of the lists.
      if (vpcId !== 'ha-groups') void import('../features/topology/topology-queries').then((m) => m.prefetchVpcTopology(qc, vpcId)).catch(() => {});
      return [];
    },
  },
];

/** Starts the page's first queries; resolves when those its first render waits for have settled. */
export async function prefetchFirstData(qc: QueryClient, pathname: string): Promise<void> {
  for (const { path, start } of FIRST_QUERIES) {
    const match = path.exec(pathname);
    if (!match) continue;
    let params: string[];
    try {
      params = match.slice(1).map(decodeURIComponent);
    } catch {
      return; // A malformed URL: the page itself says what is wrong with it.
    }
    await Promise.all(start(qc, params).map((p) => p.catch(() => {})));
  }
}
