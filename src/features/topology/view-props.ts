import type { ReactNode } from 'react';
import type { ViewScope } from './model';

export type SetupMode = 'ha' | 'lvs-dr';

export interface TopologyViewProps {
  scope: ViewScope;
  /** `New HA setup` / `New LVS cluster`: where the wizard is (the route decides). */
  onNewSetup?: (mode: SetupMode, subnetId: string | null) => void;
  /** `Assign VIP here`: the route may hand in the Virtual IPs feature's dialog. */
  renderAssignVip?: (subnetId: string, onClose: () => void) => ReactNode;
  /** Open the simulation panel at once (the HA group's tab). */
  simulate?: boolean;
  editable?: boolean;
}
