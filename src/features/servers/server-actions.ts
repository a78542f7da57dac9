import { t } from '@lingui/core/macro';
import type { Server } from '../../contract';

export type ServerActionKind = 'start' | 'stop' | 'delete';

export interface ServerActionItem {
  kind: ServerActionKind;
  label: string;
  disabledReason: string | null;
  danger?: boolean;
}

/** A server's actions in the console's language (read while rendering, after the language is active). */
export function serverActions(server: Server): ServerActionItem[] {
  const name = server.name;
  return [
    { kind: 'start', label: t`Start`, disabledReason: server.status === 'ACTIVE' ? t`${name} is already running.` : null },
    { kind: 'stop', label: t`Stop`, disabledReason: server.status === 'SHUTOFF' ? t`${name} is already stopped.` : null },
    { kind: 'delete', label: t`Delete`, disabledReason: null, danger: true },
  ];
}
