import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, v1 } from '../client';
import { subnetKeys } from './keys';

export const deleteSubnet = ({ vpcId, subnetId }: { vpcId: string; subnetId: string }) =>
  apiFetch<void>(v1(`/vpcs/${vpcId}/subnets/${subnetId}`), { method: 'DELETE' });

export function useDeleteSubnet() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteSubnet,
    onSuccess: (_d, { subnetId }) => {
      qc.removeQueries({ queryKey: subnetKeys.detail(subnetId) });
      return qc.invalidateQueries({ queryKey: subnetKeys.lists() });
    },
  });
}
