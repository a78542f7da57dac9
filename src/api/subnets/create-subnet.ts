import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSubnetRequest, Subnet } from '../../contract';
import { apiFetch, v1 } from '../client';
import { subnetKeys } from './keys';

export type CreateSubnetInput = CreateSubnetRequest['subnet'];

export const createSubnet = (input: CreateSubnetInput) =>
  apiFetch<{ subnet: Subnet }>(v1('/subnets'), { method: 'POST', body: { subnet: input } satisfies CreateSubnetRequest }).then(
    (b) => b.subnet,
  );

/** A new subnet changes the subnet lists (and the VPC's subnet tab, which is a subnet list). */
export function useCreateSubnet() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSubnet,
    onSuccess: () => qc.invalidateQueries({ queryKey: subnetKeys.lists() }),
  });
}
