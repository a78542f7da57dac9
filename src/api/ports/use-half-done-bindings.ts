import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Port } from '../../contract';
import { halfDoneBindings, type HalfDoneBinding } from '../../domain';
import { usePortsById } from './get-port';
import { getPortsByIpQueryOptions } from './get-ports';
import { useServerNics } from '../servers/get-server-nics';
import { useAllVips } from '../vips/get-vips';

const isNic = (p: Port) => p.device_owner.startsWith('compute:');

/** NIC addresses in a VIP's pairs (single addresses only; blocks such as the check sentinel are not bindings). */
const boundIpsOf = (vip: Port) => vip.allowed_address_pairs.map((p) => p.ip_address).filter((ip) => !ip.includes('/'));

/**
 * The NIC ports that the given VIPs' pairs name, with their check state: one request per subnet
 * (`fixed_ips` repeats), however many VIPs or rows, never one per row.
 */
export function useBoundNicPorts(vips: readonly Port[] | undefined): { nics: Port[]; loading: boolean } {
  const bySubnet = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const v of vips ?? []) {
      const ips = boundIpsOf(v);
      if (ips.length === 0) continue;
      const set = m.get(v.network_id) ?? new Set<string>();
      ips.forEach((ip) => set.add(ip));
      m.set(v.network_id, set);
    }
    return [...m.entries()].map(([networkId, ips]) => ({ networkId, ips: [...ips].sort() }));
  }, [vips]);
  const queries = useQueries({ queries: bySubnet.map((g) => getPortsByIpQueryOptions(g.networkId, g.ips)) });
  const nics = queries.flatMap((q) => (q.data ?? []).filter(isNic));
  return { nics, loading: queries.some((q) => q.isLoading) };
}

/** The half-done bindings (bound NICs with the check on) of the given VIPs: the VIP list and page read these. */
export function useHalfDoneBindingsOfVips(vips: readonly Port[] | undefined): { bindings: HalfDoneBinding[]; nics: Port[]; loading: boolean } {
  const { nics, loading } = useBoundNicPorts(vips);
  return { bindings: halfDoneBindings(vips ?? [], nics), nics, loading };
}

/** The half-done bindings of one server's NICs: the server page and its NICs tab read these. */
export function useHalfDoneBindingsOfServer(serverId: string): HalfDoneBinding[] {
  const nics = useServerNics(serverId);
  const ports = usePortsById((nics.data ?? []).map((n) => n.port_id));
  const vips = useAllVips();
  const nicPorts = ports.flatMap((q) => (q.data ? [q.data] : []));
  return halfDoneBindings(vips.data ?? [], nicPorts);
}
