import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VIP_DEVICE_OWNER, type CreatePortRequest, type Port } from '../../contract';
import { apiFetch, v1 } from '../client';
import { portKeys } from '../ports/keys';
import { subnetKeys } from '../subnets/keys';
import { vipKeys } from './keys';

export interface CreateVipInput {
  /** v1 subnet id. */
  networkId: string;
  neutronSubnetId: string;
  /** Absent: the backend hands out the first free address. */
  ipAddress?: string;
  name?: string;
}

export const createVip = (input: CreateVipInput) =>
  apiFetch<{ port: Port }>(v1('/ports'), {
    method: 'POST',
    body: {
      port: {
        network_id: input.networkId,
        device_owner: VIP_DEVICE_OWNER,
        name: input.name || undefined,
        fixed_ips: [{ subnet_id: input.neutronSubnetId, ...(input.ipAddress ? { ip_address: input.ipAddress } : {}) }],
      },
    } satisfies CreatePortRequest,
  }).then((b) => b.port);

/** A new VIP takes an address of its subnet. */
export function useCreateVip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createVip,
    onSuccess: (vip) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: vipKeys.lists() }),
        qc.invalidateQueries({ queryKey: portKeys.lists() }),
        qc.invalidateQueries({ queryKey: subnetKeys.privateIps(vip.network_id) }),
      ]),
  });
}
