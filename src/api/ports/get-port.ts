import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { apiFetch, v1 } from '../client';
import { portKeys } from './keys';

export const fetchPort = (id: string, signal?: AbortSignal) =>
  apiFetch<{ port: Port }>(v1(`/ports/${id}`), { signal }).then((b) => b.port);

export const getPortQueryOptions = (id: string) =>
  queryOptions({ queryKey: portKeys.detail(id), queryFn: ({ signal }) => fetchPort(id, signal), enabled: id !== '' });

export const usePort = (id: string) => useQuery(getPortQueryOptions(id));

export const usePortsById = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => getPortQueryOptions(id)) });
