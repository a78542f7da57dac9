import { t } from '@lingui/core/macro';
import { planBind, planUnbind, type NicTarget } from '../domain';
import { bindingKeys } from './keys';
import { planWorkflow } from './plan-workflow';

/** Bind to Server (VIP page, VIP list, topology): the NICs into the VIP's pairs, then each NIC's check off. */
export const bindWorkflow = (vip: { id: string; ip: string }, targets: readonly NicTarget[]) => {
  const ip = vip.ip;
  return planWorkflow(planBind(vip, targets), bindingKeys(), t`Binding ${ip}`);
};

/** Unbind one NIC from a VIP; its check stays as it is. */
export const unbindWorkflow = (vip: { id: string; ip: string }, nic: { ip: string; label: string }) => {
  const ip = vip.ip;
  return planWorkflow(planUnbind(vip, nic), bindingKeys(), t`Unbinding ${ip}`);
};
