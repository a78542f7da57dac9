import type { VipRow } from './vip-row';

export type VipActionKind = 'bind' | 'bind-eip' | 'unbind' | 'release';

export interface VipAction {
  kind: VipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
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
    { kind: 'release', label: 'Release', disabledReason: null, danger: true },
  ];
}
