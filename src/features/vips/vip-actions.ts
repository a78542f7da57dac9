import type { VipRow } from './vip-row';

export type VipActionKind = 'bind' | 'bind-eip' | 'unbind' | 'release' | 'configure-ha';

export interface VipAction {
  kind: VipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
  /** A link action: opens this console URL instead of a dialog. */
  to?: string;
}

/** The actions of one VIP, each with the reason it is unavailable, so a greyed button can say why. */
export function vipActions(row: VipRow): VipAction[] {
  return [
    { kind: 'bind', label: 'Bind to Server', disabledReason: null },
    {
      kind: 'bind-eip',
      label: 'Bind EIP',
      disabledReason: row.eip ? `${row.ip} already has EIP ${row.eip.public_ip_address}; one EIP per virtual IP.` : null,
    },
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
    { kind: 'release', label: 'Release', disabledReason: null, danger: true },
  ];
}
