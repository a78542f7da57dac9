import type { PublicIp } from '../../contract';

export type EipActionKind = 'bind' | 'unbind' | 'release';

export interface EipAction {
  kind: EipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
}

/** Why an EIP cannot be released now (it is bound: the API refuses it), or null. */
export function eipReleaseBlock(eip: PublicIp): string | null {
  return eip.port_id ? `${eip.public_ip_address} is bound to ${eip.private_ip_address ?? 'a port'}; unbind it before releasing it.` : null;
}

/** The actions of one EIP, each with the reason it is unavailable, so a greyed button can say why. */
export function eipActions(eip: PublicIp): EipAction[] {
  const bound = Boolean(eip.port_id);
  return [
    bound
      ? { kind: 'unbind', label: 'Unbind', disabledReason: null }
      : { kind: 'bind', label: 'Bind', disabledReason: null },
    {
      kind: 'release',
      label: 'Release',
      disabledReason: eipReleaseBlock(eip),
      danger: true,
    },
  ];
}
