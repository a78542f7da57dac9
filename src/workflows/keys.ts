import { eipKeys } from '../api/eips/keys';
import { haGroupKeys } from '../api/ha-groups/keys';
import { portKeys } from '../api/ports/keys';
import { serverKeys } from '../api/servers/keys';
import { subnetKeys } from '../api/subnets/keys';
import { vipKeys } from '../api/vips/keys';

/**
 * Binding or unbinding a VIP changes the VIP, the NIC ports (their check), what the servers list shows,
 * and the HA groups on that VIP (the backend marks a group incomplete when a member is unbound).
 */
export const bindingKeys = () => [vipKeys.all, portKeys.all, serverKeys.all, haGroupKeys.all] as const;

/** HA set-up, edit and delete touch the bindings, the groups, EIPs, and a new VIP's subnet addresses. */
export const haKeys = () => [...bindingKeys(), eipKeys.all, subnetKeys.all] as const;
