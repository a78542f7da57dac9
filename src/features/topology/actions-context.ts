import { createContext, useContext } from 'react';
import type { ConnectionFacts } from './model';

/** Stable callbacks and facts for the node components (a context, so node data stays plain and memo works). */
export interface TopologyActions {
  fixCheck: (portId: string, serverId: string, label: string) => void;
  subnetMenu: (subnetId: string, action: 'add-server' | 'assign-vip' | 'new-ha' | 'new-lvs') => void;
  unbindEdge: (edgeId: string) => void;
  facts: () => ConnectionFacts;
  editable: boolean;
}

export const TopologyActionsContext = createContext<TopologyActions | null>(null);

export function useTopologyActions(): TopologyActions {
  const value = useContext(TopologyActionsContext);
  if (!value) throw new Error('useTopologyActions outside a topology canvas');
  return value;
}
