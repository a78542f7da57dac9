import type { QueryClient } from '@tanstack/react-query';
import { portKeys } from '../ports/keys';
import { serverKeys } from '../servers/keys';
import { vipKeys } from './keys';

/** Binding or unbinding a VIP changes the VIP, the NIC ports (their check) and what the servers list shows. */
export const invalidateBinding = (qc: QueryClient) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: vipKeys.all }),
    qc.invalidateQueries({ queryKey: portKeys.all }),
    qc.invalidateQueries({ queryKey: serverKeys.all }),
  ]);
