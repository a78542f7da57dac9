import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Operation, OperationList, TraceRating } from '../../contract';
import { apiFetch, consoleV1 } from '../client';
import { operationKeys } from './keys';

/** What the log page asks for: one page after `marker`, with the log's filters (all optional). */
export interface OperationQuery {
  pageSize: number;
  marker?: string;
  resourceType?: string;
  resourceId?: string;
  user?: string;
  rating?: TraceRating;
  /** ms since the epoch */
  from?: number;
  to?: number;
}

export const getOperationsQueryOptions = (q: OperationQuery) =>
  queryOptions({
    queryKey: operationKeys.list(q),
    queryFn: ({ signal }) =>
      apiFetch<OperationList>(consoleV1('/operations'), {
        query: { limit: q.pageSize, marker: q.marker, resource_type: q.resourceType, resource_id: q.resourceId, user: q.user, trace_rating: q.rating, from: q.from, to: q.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useOperations = (q: OperationQuery) => useQuery(getOperationsQueryOptions(q));

export const getOperationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: operationKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ trace: Operation }>(consoleV1(`/operations/${encodeURIComponent(id)}`), { signal }).then((b) => b.trace),
  });

export const useOperation = (id: string) => useQuery(getOperationQueryOptions(id));
