import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAllEips } from '../../api/eips/get-eips';
import { useAllHaGroups, useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { getSubnetPortsQueryOptions } from '../../api/ports/get-ports';
import { useServersById } from '../../api/servers/get-server';
import { getServersQueryOptions } from '../../api/servers/get-servers';
import { useSubnet } from '../../api/subnets/get-subnet';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useVip } from '../../api/vips/get-vip';
import { useVpc } from '../../api/vpcs/get-vpc';
import { formatNumber } from '../../components/format';
import type { Server } from '../../contract';
import type { TopologyInput } from './model';
import { laterTopologyServerPages, topologyServerPage } from './topology-queries';

export interface InputState {
  input: TopologyInput | null;
  error: unknown;
  /** What is still loading, as the loader says it. */
  waiting: MessageDescriptor | null;
}

/** Everything one VPC's diagram needs: its subnets, their ports (NICs and VIPs), its servers, EIPs and HA groups. */
export function useVpcTopologyInput(vpcId: string): InputState {
  const vpc = useVpc(vpcId);
  const subnets = useAllSubnets(vpcId, vpcId !== '');
  const ports = useQueries({
    queries: (subnets.data ?? []).map((s) => getSubnetPortsQueryOptions(s.id)),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.flatMap((r) => r.data!) : null,
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
  const first = useQuery(getServersQueryOptions(topologyServerPage(1)));
  const rest = useQueries({
    queries: laterTopologyServerPages(first.data?.count ?? 0).map((q) => getServersQueryOptions(q)),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.map((r) => r.data!.servers) : null,
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
  const eips = useAllEips();
  const groups = useAllHaGroups();

  const input = useMemo<TopologyInput | null>(() => {
    if (!vpc.data || !subnets.data || !ports.data || !first.data || !rest.data || !eips.data || !groups.data) return null;
    const servers: Server[] = [first.data.servers, ...rest.data].flat().filter((s) => s.metadata?.vpc_id === vpc.data.id || vpc.data.id in (s.addresses ?? {}));
    return { vpc: vpc.data, subnets: subnets.data, ports: ports.data, servers, eips: eips.data, haGroups: groups.data };
  }, [vpc.data, subnets.data, ports.data, first.data, rest.data, eips.data, groups.data]);

  const error = vpc.error ?? subnets.error ?? ports.error ?? first.error ?? rest.error ?? eips.error ?? groups.error;
  const count = first.data ? formatNumber(first.data.count) : undefined;
  const waiting = input
    ? null
    : !subnets.data
      ? msg`Loading subnets…`
      : !ports.data
        ? msg`Loading ports…`
        : !first.data || !rest.data
          ? count === undefined
            ? msg`Loading servers…`
            : msg`Loading servers (${count})…`
          : msg`Loading EIPs and HA groups…`;
  return { input, error, waiting };
}

/** One HA group's diagram: its VIP's subnet and ports, its members and the servers bound to its VIP. */
export function useHaGroupTopologyInput(groupId: string): InputState & { vpcId: string | null } {
  const group = useHaGroup(groupId);
  const vip = useVip(group.data?.vip_port_id ?? '');
  const subnet = useSubnet(vip.data?.network_id ?? '');
  const vpcId = subnet.data?.vpc_id ?? '';
  const vpc = useVpc(vpcId);
  const subnets = useAllSubnets(vpcId, vpcId !== '');
  const ports = useQuery(getSubnetPortsQueryOptions(vip.data?.network_id ?? ''));
  const serverIds = useMemo(() => {
    const ids = new Set(group.data?.members.map((m) => m.server_id) ?? []);
    const bound = new Set(vip.data?.allowed_address_pairs.map((p) => p.ip_address) ?? []);
    for (const p of ports.data ?? []) if (p.device_id && p.fixed_ips.some((f) => bound.has(f.ip_address))) ids.add(p.device_id);
    return [...ids].sort();
  }, [group.data, vip.data, ports.data]);
  const servers = useServersById(serverIds);
  const serversData = servers.every((s) => s.data || s.error) ? servers.map((s) => s.data).filter((s): s is Server => Boolean(s)) : null;
  const serversKey = serversData?.map((s) => `${s.id}:${s.status}:${s.updated}`).join('|');
  const eips = useAllEips();
  const groups = useAllHaGroups();

  const input = useMemo<TopologyInput | null>(() => {
    if (!vpc.data || !subnets.data || !ports.data || !serversData || !eips.data || !groups.data || !vip.data) return null;
    const ports2 = ports.data.some((p) => p.id === vip.data.id) ? ports.data : [...ports.data, vip.data];
    return { vpc: vpc.data, subnets: subnets.data, ports: ports2, servers: serversData, eips: eips.data, haGroups: groups.data };
    // serversData is rebuilt each render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vpc.data, subnets.data, ports.data, serversKey, eips.data, groups.data, vip.data]);
  const error = group.error ?? vip.error ?? subnet.error ?? vpc.error ?? subnets.error ?? ports.error ?? eips.error ?? groups.error;
  return { input, error, waiting: input ? null : msg`Loading the HA group…`, vpcId: vpcId || null };
}
