/**
 * A NIC's source/destination check is off when its allowed-address pairs hold the sentinel `1.1.1.1/0`
 * (Huawei's convention), and on otherwise. Turning it off writes the sentinel; on writes `[]`.
 */
export const CHECK_OFF_SENTINEL = '1.1.1.1/0';

export interface AddressPair {
  ip_address: string;
  mac_address?: string;
}

export function isSourceDestCheckOn(pairs: readonly AddressPair[]): boolean {
  return !pairs.some((p) => p.ip_address === CHECK_OFF_SENTINEL);
}

export function pairsForCheck(on: boolean): AddressPair[] {
  return on ? [] : [{ ip_address: CHECK_OFF_SENTINEL }];
}
