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

/** Why a VIP cannot be released now (bound to servers, or holding an EIP: the API refuses it), or null. */
export function vipReleaseBlock(row: VipRow): string | null {
  const pairs = row.port.allowed_address_pairs.length;
  if (pairs > 0) return `${row.ip} is bound to ${pairs === 1 ? 'a server' : `${pairs} servers`}; unbind it before releasing it.`;
  if (row.eip) return `${row.ip} holds EIP ${row.eip.public_ip_address}; unbind the EIP before releasing it.`;
  return null;
}

/**
 * The actions of one VIP, each with the reason it is unavailable, so a greyed button can say why. An
 * action the backend would refuse is disabled up front (Release of a bound VIP), never refused after.
 */
export function vipActions(row: VipRow): VipAction[] {
  return [
    { kind: 'bind', label: 'Bind to Server', disabledReason: null },
    row.eip
      ? { kind: 'unbind-eip', label: 'Unbind EIP', disabledReason: null }
      : { kind: 'bind-eip', label: 'Bind EIP', disabledReason: null },
    {
      kind: 'unbind',
      label: 'Unbind',
      disabledReason: row.bound.length === 0 ? `${row.ip} is not bound to any server.` : null,
    },
    {
      kind: 'configure-ha',
      label: 'Configure HA',
      disabledReason: row.bound.length > 0 ? `${row.ip} is bound already; the HA setup starts from an unbound virtual IP (see HA groups).` : null,
      to: `/ha-groups/new?${new URLSearchParams({ step: 'mode', vpc: row.subnet?.vpc_id ?? '', subnet: row.port.network_id, vip: row.port.id })}`,
    },
    { kind: 'release', label: 'Release', disabledReason: vipReleaseBlock(row), danger: true },
  ];
}
