import { t } from '@lingui/core/macro';
import type { PublicIp } from '../../contract';

export type EipActionKind = 'bind' | 'unbind' | 'release';

export interface EipAction {
  kind: EipActionKind;
  label: string;
  /** Why the action cannot run now; null when it can. */
  disabledReason: string | null;
  danger?: boolean;
}

/** Why an EIP cannot be released now (it is bound: the API refuses it), or null. Worded in the console's language (call it while rendering). */
export function eipReleaseBlock(eip: PublicIp): string | null {
  if (!eip.port_id) return null;
  const address = eip.public_ip_address;
  const to = eip.private_ip_address;
  return to ? t`${address} is bound to ${to}; unbind it before releasing it.` : t`${address} is bound to a port; unbind it before releasing it.`;
}

/** The actions of one EIP, each with the reason it is unavailable, so a greyed button can say why. */
export function eipActions(eip: PublicIp): EipAction[] {
  const bound = Boolean(eip.port_id);
  return [
    bound
      ? { kind: 'unbind', label: t`Unbind`, disabledReason: null }
      : { kind: 'bind', label: t`Bind`, disabledReason: null },
    {
      kind: 'release',
      label: t`Release`,
      disabledReason: eipReleaseBlock(eip),
      danger: true,
    },
  ];
}
