import type { TopologyGraph, TopologyInput } from './model';
import type { SimGroupChoice } from './sim-panel';

/** The HA groups of the view with what the simulation needs of each member. */
export function simGroups(input: TopologyInput, graph: TopologyGraph): SimGroupChoice[] {
  const vips = new Set(Object.values(graph.facts.vips).map((v) => v.id));
  const servers = new Map(input.servers.map((s) => [s.id, s]));
  const ports = new Map(input.ports.map((p) => [p.id, p]));
  return input.haGroups
    .filter((g) => vips.has(g.vip_port_id))
    .map((group) => ({
      group,
      members: group.members.map((m) => {
        const s = servers.get(m.server_id);
        const port = ports.get(m.port_id);
        return {
          serverId: m.server_id,
          name: s?.name ?? m.server_id,
          ip: port?.fixed_ips[0]?.ip_address ?? '',
          portId: m.port_id,
          role: m.role,
          priority: m.priority,
          running: s ? s.status === 'ACTIVE' : true,
        };
      }),
    }));
}
