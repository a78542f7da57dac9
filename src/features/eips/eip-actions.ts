import type { PublicIp } from '../../contract';

export type EipActionKind = 'bind' | 'unbind' | 'release';

export interface EipAction {
  kind: EipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
}

/** The actions of one EIP, each with the reason it is unavailable, so a greyed button can say why. */
export function eipActions(eip: PublicIp): EipAction[] {
  const bound = Boolean(eip.port_id);
  const where = eip.private_ip_address ?? 'a port';
  return [
    bound
      ? { kind: 'unbind', label: 'Unbind', disabledReason: null }
      : { kind: 'bind', label: 'Bind', disabledReason: null },
    {
      kind: 'release',
      label: 'Release',
      disabledReason: bound ? `${eip.public_ip_address} is bound to ${where}; unbind it before releasing it.` : null,
      danger: true,
    },
  ];
}
