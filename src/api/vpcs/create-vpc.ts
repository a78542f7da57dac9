import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateVpcRequest, Vpc } from '../../contract';
import { apiFetch, v1 } from '../client';
import { vpcKeys } from './keys';

export type CreateVpcInput = CreateVpcRequest['vpc'];

export const createVpc = (input: CreateVpcInput) =>
  apiFetch<{ vpc: Vpc }>(v1('/vpcs'), { method: 'POST', body: { vpc: input } satisfies CreateVpcRequest }).then((b) => b.vpc);

export function useCreateVpc() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createVpc,
    onSuccess: () => qc.invalidateQueries({ queryKey: vpcKeys.lists() }),
  });
}
