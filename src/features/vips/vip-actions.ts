import { plural, t } from '@lingui/core/macro';
import type { VipRow } from './vip-row';

export type VipActionKind = 'bind' | 'bind-eip' | 'unbind-eip' | 'unbind' | 'release' | 'configure-ha';

export interface VipAction {
  kind: VipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
  /** A link action: opens this console URL instead of a dialog. */
  to?: string;
}

/**
 * Why a VIP cannot be released now (bound to servers, or holding an EIP: the API refuses it), or null.
 * Worded in the console's language (call it while rendering).
 */
export function vipReleaseBlock(row: VipRow): string | null {
  const pairs = row.port.allowed_address_pairs.length;
  const ip = row.ip;
  if (pairs > 0) return plural(pairs, { one: `${ip} is bound to a server; unbind it before releasing it.`, other: `${ip} is bound to # servers; unbind it before releasing it.` });
  const eip = row.eip?.public_ip_address;
  if (eip) return t`${ip} holds EIP ${eip}; unbind the EIP before releasing it.`;
  return null;
}

/**
 * The actions of one VIP, each with the reason it is unavailable, so a greyed button can say why. An
 * action the backend would refuse is disabled up front (Release of a bound VIP), never refused after.
 */
export function vipActions(row: VipRow): VipAction[] {
  const ip = row.ip;
  return [
    { kind: 'bind', label: t`Bind to Server`, disabledReason: null },
    row.eip
      ? { kind: 'unbind-eip', label: t`Unbind EIP`, disabledReason: null }
      : { kind: 'bind-eip', label: t`Bind EIP`, disabledReason: null },
    {
      kind: 'unbind',
      label: t`Unbind Servers`,
      disabledReason: row.bound.length === 0 ? t`${ip} is not bound to any server.` : null,
    },
    {
      kind: 'configure-ha',
      label: t`Configure HA`,
      disabledReason: row.bound.length > 0 ? t`${ip} is bound already; the HA setup starts from an unbound virtual IP (see HA groups).` : null,
      to: `/ha-groups/new?${new URLSearchParams({ step: 'mode', vpc: row.subnet?.vpc_id ?? '', subnet: row.port.network_id, vip: row.port.id })}`,
    },
    { kind: 'release', label: t`Release`, disabledReason: vipReleaseBlock(row), danger: true },
  ];
}
