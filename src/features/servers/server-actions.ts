import type { Server } from '../../contract';

export type ServerActionKind = 'start' | 'stop' | 'delete';

export interface ServerActionItem {
  kind: ServerActionKind;
  label: string;
  disabledReason: string | null;
  danger?: boolean;
}

export function serverActions(server: Server): ServerActionItem[] {
  return [
    { kind: 'start', label: 'Start', disabledReason: server.status === 'ACTIVE' ? `${server.name} is already running.` : null },
    { kind: 'stop', label: 'Stop', disabledReason: server.status === 'SHUTOFF' ? `${server.name} is already stopped.` : null },
    { kind: 'delete', label: 'Delete', disabledReason: null, danger: true },
  ];
}
