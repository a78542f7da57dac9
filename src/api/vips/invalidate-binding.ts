import type { QueryClient } from '@tanstack/react-query';
import { haGroupKeys } from '../ha-groups/keys';
import { portKeys } from '../ports/keys';
import { serverKeys } from '../servers/keys';
import { vipKeys } from './keys';

/**
 * Binding or unbinding a VIP changes the VIP, the NIC ports (their check), what the servers list shows,
 * and the HA groups on that VIP (the backend marks a group incomplete when a member is unbound).
 */
export const invalidateBinding = (qc: QueryClient) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: vipKeys.all }),
    qc.invalidateQueries({ queryKey: portKeys.all }),
    qc.invalidateQueries({ queryKey: serverKeys.all }),
    qc.invalidateQueries({ queryKey: haGroupKeys.all }),
  ]);
