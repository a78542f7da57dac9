import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InterfaceAttachment } from '../../contract';
import { apiFetch, v1 } from '../client';
import { serverKeys } from './keys';

export const getServerNicsQueryOptions = (serverId: string) =>
  queryOptions({
    queryKey: serverKeys.nics(serverId),
    queryFn: ({ signal }) =>
      apiFetch<{ interfaceAttachments: InterfaceAttachment[] }>(v1(`/cloudservers/${serverId}/os-interface`), { signal }).then(
        (b) => b.interfaceAttachments,
      ),
    enabled: serverId !== '',
  });

export const useServerNics = (serverId: string) => useQuery(getServerNicsQueryOptions(serverId));
