import { useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import type { HaGroup, Port, Server, Subnet } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { useAllHaGroups } from '../../api/ha-groups/get-ha-groups';
import { usePortsById } from '../../api/ports/get-port';
import { useSubnetPorts } from '../../api/ports/get-ports';
import { useServersById } from '../../api/servers/get-server';
import { useServers } from '../../api/servers/get-servers';
import { nicFactsOf } from '../../api/servers/server-addresses';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { VIP_DEVICE_OWNER } from '../../contract';
import { problemText } from '../../components/problem-text';
import { checkVipBinding, isSourceDestCheckOn, type NicFacts } from '../../domain';
import { freeRouterId } from '../../domain/ha';
import type { WizardState } from './wizard-state';

export const ipOf = (port: Port) => port.fixed_ips[0]?.ip_address ?? '';
const isNicPort = (p: Port) => p.device_owner.startsWith('compute:');

export interface Candidate {
  server: Server;
  /** NICs of the server in the subnet (the ones that can be chosen). */
  nics: Port[];
  /** Every NIC of the server with its subnet, for the NIC choice. */
  allNics: NicFacts[];
}

export interface Outsider {
  server: Server;
  reason: string;
}

/** Everything the wizard reads about the chosen subnet: its VIPs, servers, NICs, HA groups and EIPs. */
export function useWizardData(s: WizardState) {
  const { t } = useLingui();
  const subnets = useAllSubnets();
  const subnet: Subnet | undefined = subnets.data?.find((x) => x.id === s.subnetId);
  const ports = useSubnetPorts(s.subnetId);
  const groups = useAllHaGroups();
  const eips = useAllEips();
  const memberPorts = usePortsById(s.members.map((m) => m.portId));
  const nicPorts = useMemo(() => (ports.data ?? []).filter(isNicPort), [ports.data]);
  const vips = useMemo(() => (ports.data ?? []).filter((p) => p.device_owner === VIP_DEVICE_OWNER), [ports.data]);
  const serverIds = useMemo(
    () => [...new Set([...nicPorts.map((p) => p.device_id), ...s.members.map((m) => m.serverId)])].filter(Boolean).sort(),
    [nicPorts, s.members],
  );
  const servers = useServersById(serverIds);
  const serverById = new Map<string, Server>();
  servers.forEach((q) => q.data && serverById.set(q.data.id, q.data));
  const firstPage = useServers({ page: 1, pageSize: 50 });

  const candidates: Candidate[] = [];
  for (const id of [...new Set(nicPorts.map((p) => p.device_id))]) {
    const server = serverById.get(id);
    if (!server) continue;
    candidates.push({ server, nics: nicPorts.filter((p) => p.device_id === id), allNics: nicFactsOf(server, subnets.data ?? []) });
  }
  candidates.sort((a, b) => a.server.name.localeCompare(b.server.name));

  const vipIds = new Set(vips.map((v) => v.id));
  const groupsInSubnet: HaGroup[] = (groups.data ?? []).filter((g) => vipIds.has(g.vip_port_id));
  const groupOfVip = (vipId: string) => (groups.data ?? []).find((g) => g.vip_port_id === vipId);

  const chosenVip = s.vip && s.vip !== 'new' ? vips.find((v) => v.id === s.vip) : undefined;
  const vipFacts = {
    id: chosenVip?.id ?? 'new',
    ip: chosenVip ? ipOf(chosenVip) : s.vipIp || t`the new virtual IP`,
    network_id: s.subnetId,
    boundIps: [] as string[],
  };
  const inSubnet = new Set(candidates.map((c) => c.server.id));
  const outsiders: Outsider[] = (firstPage.data?.servers ?? [])
    .filter((server) => !inSubnet.has(server.id))
    .map((server) => {
      const nics = nicFactsOf(server, subnets.data ?? []);
      const name = server.name;
      const reason = nics.length === 0 ? t`${name} has no NIC.` : (problemText(checkVipBinding(vipFacts, nics[0], subnet?.name ?? t`the chosen subnet`)) ?? '');
      return { server, reason };
    });

  /** How many VIPs of the subnet (other than the chosen one) name this NIC address in their pairs. */
  const otherVipCount = (ip: string) => vips.filter((v) => v.id !== s.vip && v.allowed_address_pairs.some((p) => p.ip_address === ip)).length;
  const checkOn = (port: Port) => isSourceDestCheckOn(port.allowed_address_pairs);

  const usedRouterIds = groupsInSubnet.map((g) => g.virtual_router_id);
  const names = new Set((groups.data ?? []).map((g) => g.name));
  const base = `${s.mode === 'lvs-dr' ? 'lvs' : 'ha'}-${subnet?.name ?? 'group'}`;
  let defaultName = base;
  for (let i = 2; names.has(defaultName); i++) defaultName = `${base}-${i}`;
  /** The group's name and virtual_router_id: as typed, or proposed (a free name, a free router id). */
  const settings = { name: s.name || defaultName, vrid: s.vrid ?? freeRouterId(usedRouterIds) ?? 1 };

  const loading = subnets.isLoading || ports.isLoading || groups.isLoading || servers.some((q) => q.isLoading);
  const error = subnets.error ?? ports.error ?? groups.error ?? servers.find((q) => q.error)?.error ?? null;
  /** Names of the HA groups a server is a member of already (a server may serve several VIPs). */
  const groupsOfServer = (serverId: string) => (groups.data ?? []).filter((g) => g.members.some((m) => m.server_id === serverId)).map((g) => g.name);
  return {
    groupsOfServer,
    settings,
    subnets,
    subnet,
    vips,
    nicPorts,
    candidates,
    outsiders,
    outsidersTotal: firstPage.data?.count ?? 0,
    serverById,
    memberPorts: new Map(memberPorts.filter((q) => q.data).map((q) => [q.data!.id, q.data!])),
    groups,
    groupsInSubnet,
    groupOfVip,
    chosenVip,
    eips,
    otherVipCount,
    checkOn,
    loading,
    error,
  };
}

export type WizardData = ReturnType<typeof useWizardData>;
