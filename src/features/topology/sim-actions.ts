import type { SimAction } from '../../domain/vrrp';
import type { SimRole } from './sim-store';

const LVS_ROLES: SimRole[] = ['IN ROTATION', 'LEAVING', 'OUT OF ROTATION'];

/**
 * Whether a member's action button does something now. A VRRP member whose checked service is down
 * (`checkFailing`) can be restored before it reaches FAULT: the next check passes and the count of
 * failures starts again, as keepalived's `fall` does; it cannot fail its check twice. A member in FAULT
 * can still be powered off.
 */
export function simActionAllowed(role: SimRole | undefined, action: SimAction, checkFailing: boolean): boolean {
  if (!role) return false;
  if (LVS_ROLES.includes(role)) return action === 'restore' ? role !== 'IN ROTATION' : role === 'IN ROTATION';
  if (action === 'restore') return role === 'STOPPED' || checkFailing;
  if (action === 'stop') return role !== 'STOPPED';
  return role !== 'STOPPED' && !checkFailing;
}
