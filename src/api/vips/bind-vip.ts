import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Port } from '../../contract';
import { CHECK_OFF_SENTINEL, isSourceDestCheckOn } from '../../domain';
import { apiFetch, errorMessage, v1 } from '../client';
import { fetchPort } from '../ports/get-port';
import { updatePortPairs } from '../ports/set-source-dest-check';
import { invalidateBinding } from './invalidate-binding';

export interface BindTarget {
  portId: string;
  ip: string;
  label: string;
}

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface BindStep {
  id: string;
  label: string;
  status: StepStatus;
  error?: string;
}

export function planBindSteps(vipIp: string, targets: readonly BindTarget[]): BindStep[] {
  return [
    {
      id: 'pairs',
      label: `Add ${targets.map((t) => t.ip).join(', ')} to the allowed addresses of ${vipIp}`,
      status: 'pending',
    },
    ...targets.map((t) => ({
      id: `check:${t.portId}`,
      label: `Turn off Source/Destination Check on ${t.label}`,
      status: 'pending' as const,
    })),
  ];
}

/**
 * The console's bind, as Huawei's console does it: (1) put the chosen NIC IPs into the VIP port's
 * allowed-address pairs, keeping the existing ones; (2) turn the source/destination check off on each
 * chosen NIC (add the sentinel pair unless present), which the raw API leaves to the user.
 * Reports each step; stops at the first failure and marks the rest skipped.
 */
export async function bindVip(
  vipId: string,
  targets: readonly BindTarget[],
  report: (id: string, status: StepStatus, error?: string) => void,
): Promise<void> {
  report('pairs', 'running');
  try {
    const vip = await apiFetch<{ port: Port }>(v1(`/ports/${vipId}`)).then((b) => b.port);
    const known = new Set(vip.allowed_address_pairs.map((p) => p.ip_address));
    const added = targets.filter((t) => !known.has(t.ip)).map((t) => ({ ip_address: t.ip }));
    await updatePortPairs(vipId, [...vip.allowed_address_pairs, ...added]);
    report('pairs', 'done');
  } catch (err) {
    report('pairs', 'failed', errorMessage(err));
    targets.forEach((t) => report(`check:${t.portId}`, 'skipped'));
    throw err;
  }
  let firstError: unknown = null;
  for (const t of targets) {
    const id = `check:${t.portId}`;
    report(id, 'running');
    try {
      const nic = await fetchPort(t.portId);
      if (isSourceDestCheckOn(nic.allowed_address_pairs)) {
        await updatePortPairs(t.portId, [...nic.allowed_address_pairs, { ip_address: CHECK_OFF_SENTINEL }]);
      }
      report(id, 'done');
    } catch (err) {
      report(id, 'failed', errorMessage(err));
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
}

export interface BindVipVariables {
  vipId: string;
  targets: BindTarget[];
  report: (id: string, status: StepStatus, error?: string) => void;
}

export function useBindVip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ vipId, targets, report }: BindVipVariables) => bindVip(vipId, targets, report),
    onSettled: () => invalidateBinding(qc),
  });
}
