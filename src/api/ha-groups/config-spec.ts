import type { HaGroup, Server } from '../../contract';
import { configSpecWordings, generateServerFiles, type ServerFiles, type SpecProblemWording } from '../../domain/ha';
import { haConfigSpecOf, interfaceOfNic, type ConfigFacts } from './config-spec-of';
import { useServersById } from '../servers/get-server';
import { usePortsById } from '../ports/get-port';
import { useVip } from '../vips/get-vip';
import { useAllSubnets } from '../subnets/get-subnets';
import { specProblemText } from './spec-problem-text';

export { DEFAULT_DIRECTOR_CHECK, DEFAULT_HA_CHECK, authPassOf, haConfigSpecOf, interfaceOfNic, type ConfigFacts } from './config-spec-of';

/**
 * The files of a saved group, or what is missing when it cannot have a working configuration (fewer
 * than two keepalived nodes, a member NIC gone...): never a keepalived.conf that cannot fail over.
 */
export function groupConfigOf(group: HaGroup, facts: ConfigFacts): { files: ServerFiles[]; missing: [] } | { files: undefined; missing: SpecProblemWording[] } {
  const spec = haConfigSpecOf(group, facts);
  const missing = configSpecWordings(spec);
  return missing.length > 0 ? { files: undefined, missing } : { files: generateServerFiles(spec), missing: [] };
}

/**
 * Every generated file of a group, per server, once its VIP, subnet, NICs and servers are read; for a
 * group that cannot have a working configuration, no files and `missing` (also as `error`, in the
 * console's language) instead.
 */
export function useHaGroupFiles(group: HaGroup | undefined): { files: ServerFiles[] | undefined; error: unknown; missing: SpecProblemWording[] } {
  const vip = useVip(group?.vip_port_id ?? '');
  const subnets = useAllSubnets();
  const ports = usePortsById(group?.members.map((m) => m.port_id) ?? []);
  const servers = useServersById(group?.members.map((m) => m.server_id) ?? []);
  const error = vip.error ?? subnets.error ?? ports.find((q) => q.error)?.error ?? servers.find((q) => q.error)?.error ?? null;
  const subnet = subnets.data?.find((s) => s.id === vip.data?.network_id);
  const ready = group && vip.data && subnet && ports.every((q) => q.data) && servers.every((q) => q.data);
  if (!ready) return { files: undefined, error, missing: [] };
  const portById = new Map(ports.map((q) => [q.data!.id, q.data!]));
  const serverById = new Map<string, Server>(servers.map((q) => [q.data!.id, q.data!]));
  const config = groupConfigOf(group, {
    vip: vip.data!,
    subnet: subnet!,
    nicIp: (id) => portById.get(id)?.fixed_ips[0]?.ip_address,
    serverName: (id) => serverById.get(id)?.name,
    nicInterface: (serverId, portId) => {
      const server = serverById.get(serverId);
      return server && interfaceOfNic(server, portId);
    },
  });
  if (config.missing.length > 0) return { files: undefined, error: error ?? new Error(config.missing.map((w) => specProblemText(w)).join(' ')), missing: config.missing };
  return { files: config.files, error, missing: [] };
}
