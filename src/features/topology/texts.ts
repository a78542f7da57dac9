import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { EntryKind } from './model';
import type { SimRole } from './sim-store';

/** A member's role on a server card (capitalised) and in running text (lower case). */
export const ROLE_TITLE = { active: msg`Active`, standby: msg`Standby`, director: msg`Director`, backend: msg`Real server` } as const;
export const ROLE_WORD = { active: msg`active`, standby: msg`standby`, director: msg`director`, backend: msg`real server` } as const;

/** A server's status; an unknown one shows as the API writes it. */
export const STATUS_TEXT: Partial<Record<string, MessageDescriptor>> = { ACTIVE: msg`Running`, SHUTOFF: msg`Stopped`, BUILD: msg`Building`, ERROR: msg`Error` };

/**
 * The simulation's states that are the console's own words; MASTER, BACKUP and FAULT stay as keepalived
 * writes them in its log.
 */
export const SIM_ROLE_TEXT: Partial<Record<SimRole, MessageDescriptor>> = {
  STOPPED: msg`STOPPED`,
  'IN ROTATION': msg`IN ROTATION`,
  LEAVING: msg`LEAVING`,
  'OUT OF ROTATION': msg`OUT OF ROTATION`,
};

export const ENTRY_TEXT: Record<EntryKind, { label: MessageDescriptor; detail: MessageDescriptor }> = {
  internet: { label: msg`Internet`, detail: msg`through an EIP` },
  vpn: { label: msg`VPN`, detail: msg`from an on-premises site` },
  'direct-connect': { label: msg`Direct Connect`, detail: msg`a dedicated line` },
  peering: { label: msg`Peered VPC`, detail: msg`another VPC of the region` },
};

/** A unit, written the same in every language. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- a unit, the same in both languages
export const MBIT_PER_S = 'Mbit/s';
