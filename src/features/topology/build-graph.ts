import type { HaGroup, HaRole, Server } from '../../contract';
import { isSourceDestCheckOn } from '../../domain';
import { connectionFacts, firstIp, isVipPort, type NicRecord } from './connection-facts';
import {
  handleId,
  nodeId,
  type BindRole,
  type EntryKind,
  type NicView,
  type TopoEdgeSpec,
  type TopoNodeSpec,
  type TopologyGraph,
  type TopologyInput,
  type ViewScope,
  type WaysIn,
} from './model';
import { SIZE, serverHeight } from './sizes';

/** One collator for every sort: `localeCompare` with options builds a new one per comparison (most of a 1,000-server build). */
const collator = new Intl.Collator(undefined, { numeric: true });
const byText = <T>(key: (t: T) => string) => (a: T, b: T) => collator.compare(key(a), key(b));

/**
 * The pure graph of a view: which nodes (VPC, subnets, servers with their NICs, VIPs, EIPs, ways in) and
 * which edges (VIP to each bound NIC, director to real server, EIP to its port, way in to EIP or VIP),
 * plus the facts the connection rules need. No positions: `layout` adds them.
 *
 * A NIC counts as bound to a VIP when one of its fixed IPs is in the VIP's allowed-address pairs and the
 * NIC is in the VIP's subnet (Terraform's read rule). A server is drawn in the subnet of its first NIC
 * bound to a VIP of the view, or else of its first NIC in a subnet of the view.
 */
export function buildGraph(input: TopologyInput, scope: ViewScope, waysIn: WaysIn): TopologyGraph {
  const subnetById = new Map(input.subnets.map((s) => [s.id, s]));
  const portById = new Map(input.ports.map((p) => [p.id, p]));
  const allVips = input.ports.filter(isVipPort);

  const nicsOfServer = new Map<string, NicRecord[]>();
  for (const server of input.servers) {
    const nics: NicRecord[] = [];
    for (const addrs of Object.values(server.addresses ?? {})) {
      for (const a of addrs) {
        if (a['OS-EXT-IPS:type'] !== 'fixed') continue;
        const port = portById.get(a['OS-EXT-IPS:port_id']);
        nics.push({ portId: a['OS-EXT-IPS:port_id'], ip: a.addr, networkId: port?.network_id ?? '', serverId: server.id });
      }
    }
    nicsOfServer.set(server.id, nics);
  }
  const nicByIpInSubnet = new Map<string, NicRecord>();
  for (const nics of nicsOfServer.values()) for (const n of nics) nicByIpInSubnet.set(`${n.networkId}|${n.ip}`, n);

  /** VIP port id -> NICs bound to it (in pair order). */
  const boundNics = new Map<string, NicRecord[]>();
  for (const vip of allVips) {
    const nics = vip.allowed_address_pairs
      .map((p) => nicByIpInSubnet.get(`${vip.network_id}|${p.ip_address}`))
      .filter((n): n is NicRecord => n !== undefined);
    boundNics.set(vip.id, nics);
  }

  // What the scope draws.
  const group = scope.kind === 'ha-group' ? input.haGroups.find((g) => g.id === scope.groupId) : undefined;
  const vips = (scope.kind === 'vpc' ? allVips : allVips.filter((v) => v.id === group?.vip_port_id)).sort(byText(firstIp));
  const vipIds = new Set(vips.map((v) => v.id));
  const groups = input.haGroups.filter((g) => vipIds.has(g.vip_port_id) && (scope.kind === 'vpc' || g.id === group?.id));
  const subnetsInView =
    scope.kind === 'vpc'
      ? input.subnets.filter((s) => s.vpc_id === input.vpc.id)
      : input.subnets.filter((s) => vips.some((v) => v.network_id === s.id));
  const subnetIdsInView = new Set(subnetsInView.map((s) => s.id));

  let servers: Server[];
  if (scope.kind === 'vpc') {
    servers = input.servers.filter((s) => (nicsOfServer.get(s.id) ?? []).some((n) => subnetIdsInView.has(n.networkId)));
  } else {
    const ids = new Set<string>([...(group?.members.map((m) => m.server_id) ?? [])]);
    for (const v of vips) for (const n of boundNics.get(v.id) ?? []) ids.add(n.serverId);
    servers = input.servers.filter((s) => ids.has(s.id));
  }
  servers.sort(byText((s) => s.name));

  // Roles: by (VIP, NIC) for edges, by server for the node.
  const roleOfNic = new Map<string, { role: HaRole; group: HaGroup; priority: number }>();
  const roleOfServer = new Map<string, { role: HaRole; group: HaGroup; priority: number }>();
  for (const g of groups) {
    for (const m of g.members) {
      roleOfNic.set(`${g.vip_port_id}|${m.port_id}`, { role: m.role, group: g, priority: m.priority });
      if (!roleOfServer.has(m.server_id)) roleOfServer.set(m.server_id, { role: m.role, group: g, priority: m.priority });
    }
  }
  const boundNicIds = new Set<string>();
  for (const v of vips) for (const n of boundNics.get(v.id) ?? []) boundNicIds.add(n.portId);

  const nodes: TopoNodeSpec[] = [];
  const edges: TopoEdgeSpec[] = [];
  const vpcNode = nodeId.vpc(input.vpc.id);
  nodes.push({ id: vpcNode, type: 'vpc', width: 0, height: 0, data: { name: input.vpc.name, cidr: input.vpc.cidr } });

  const placed = new Map<string, string>();
  for (const server of servers) {
    const nics = nicsOfServer.get(server.id) ?? [];
    const boundHere = nics.find((n) => boundNicIds.has(n.portId) && subnetIdsInView.has(n.networkId));
    const home = boundHere ?? nics.find((n) => subnetIdsInView.has(n.networkId));
    if (home) placed.set(server.id, home.networkId);
  }

  const counts = new Map<string, { servers: number; vips: number }>();
  for (const s of subnetsInView) counts.set(s.id, { servers: 0, vips: 0 });
  for (const subnetId of placed.values()) counts.get(subnetId)!.servers++;
  for (const v of vips) if (counts.has(v.network_id)) counts.get(v.network_id)!.vips++;

  for (const s of [...subnetsInView].sort(byText((x) => x.cidr))) {
    const c = counts.get(s.id)!;
    nodes.push({
      id: nodeId.subnet(s.id),
      type: 'subnet',
      parentId: vpcNode,
      width: 0,
      height: 0,
      data: { subnetId: s.id, name: s.name, cidr: s.cidr, servers: c.servers, vips: c.vips },
    });
  }

  const groupOfVip = new Map(groups.map((g) => [g.vip_port_id, g]));
  for (const v of vips) {
    if (!subnetIdsInView.has(v.network_id)) continue;
    const g = groupOfVip.get(v.id);
    nodes.push({
      id: nodeId.vip(v.id),
      type: 'vip',
      parentId: nodeId.subnet(v.network_id),
      width: SIZE.vip.width,
      height: SIZE.vip.height,
      data: {
        portId: v.id,
        ip: firstIp(v),
        name: v.name,
        subnetName: subnetById.get(v.network_id)?.name ?? v.network_id,
        bound: boundNics.get(v.id)?.length ?? 0,
        groupId: g?.id,
        groupName: g?.name,
        mode: g?.mode,
        service: g?.service ? `${g.service.protocol} ${g.service.port} · ${g.service.scheduler}` : undefined,
      },
    });
  }

  for (const server of servers) {
    const subnetId = placed.get(server.id);
    if (!subnetId) continue;
    const nics: NicView[] = (nicsOfServer.get(server.id) ?? []).map((n) => {
      const port = portById.get(n.portId);
      return {
        portId: n.portId,
        ip: n.ip,
        subnetName: subnetById.get(n.networkId)?.name ?? null,
        home: n.networkId === subnetId,
        bound: boundNicIds.has(n.portId),
        checkOn: port ? isSourceDestCheckOn(port.allowed_address_pairs) : false,
      };
    });
    const role = roleOfServer.get(server.id);
    nodes.push({
      id: nodeId.server(server.id),
      type: 'server',
      parentId: nodeId.subnet(subnetId),
      width: SIZE.server.width,
      height: serverHeight(nics.length),
      data: {
        serverId: server.id,
        name: server.name,
        status: server.status,
        subnetId,
        nics,
        role: role?.role,
        groupName: role?.group.name,
        priority: role && role.role !== 'backend' ? role.priority : undefined,
        inbound: false,
        outbound: false,
      },
    });
  }

  // Edges: VIP to each bound NIC, styled by the NIC's role in the VIP's group.
  for (const v of vips) {
    for (const n of boundNics.get(v.id) ?? []) {
      if (!placed.has(n.serverId)) continue;
      const r = roleOfNic.get(`${v.id}|${n.portId}`);
      const role: BindRole = r?.role ?? 'none';
      edges.push({
        id: `bind:${v.id}:${n.portId}`,
        source: nodeId.server(n.serverId),
        sourceHandle: handleId.nic(n.portId),
        target: nodeId.vip(v.id),
        targetHandle: handleId.vipNics,
        data: { kind: 'bind', role, vipPortId: v.id, nicPortId: n.portId, ip: n.ip },
      });
    }
  }
  for (const g of groups) {
    if (g.mode !== 'lvs-dr') continue;
    const directors = g.members.filter((m) => m.role === 'director' && placed.has(m.server_id));
    const backends = g.members.filter((m) => m.role === 'backend' && placed.has(m.server_id));
    for (const d of directors) {
      for (const b of backends) {
        edges.push({
          id: `lvs:${g.id}:${d.server_id}:${b.server_id}`,
          source: nodeId.server(d.server_id),
          sourceHandle: handleId.out,
          target: nodeId.server(b.server_id),
          targetHandle: handleId.realServer,
          data: { kind: 'lvs' },
        });
      }
    }
  }

  // EIPs: those on a port of the view, and (whole VPC) the unbound ones, ready to be drawn to a VIP.
  const nicPortIds = new Set<string>();
  for (const s of servers) if (placed.has(s.id)) for (const n of nicsOfServer.get(s.id) ?? []) nicPortIds.add(n.portId);
  const eipsInView = input.eips
    .filter((e) => {
      if (e.port_id) return vipIds.has(e.port_id) || (scope.kind === 'vpc' && nicPortIds.has(e.port_id));
      return scope.kind === 'vpc' || e.id === group?.eip_id;
    })
    .sort(byText((e) => e.public_ip_address));
  for (const e of eipsInView) {
    const id = nodeId.eip(e.id);
    nodes.push({
      id,
      type: 'eip',
      width: SIZE.eip.width,
      height: SIZE.eip.height,
      data: { eipId: e.id, ip: e.public_ip_address, alias: e.alias, bandwidth: e.bandwidth_size, bound: Boolean(e.port_id) },
    });
    if (!e.port_id) continue;
    if (vipIds.has(e.port_id)) {
      edges.push({
        id: `eip:${e.id}`,
        source: id,
        sourceHandle: handleId.out,
        target: nodeId.vip(e.port_id),
        targetHandle: handleId.in,
        data: { kind: 'eip', eipId: e.id, vipPortId: e.port_id, ip: e.public_ip_address },
      });
    } else {
      const port = portById.get(e.port_id);
      edges.push({
        id: `eip:${e.id}`,
        source: id,
        sourceHandle: handleId.out,
        target: nodeId.server(port?.device_id ?? ''),
        targetHandle: handleId.realServer,
        data: { kind: 'eip', eipId: e.id, ip: e.public_ip_address, nicIp: port ? firstIp(port) : undefined },
      });
    }
  }

  const entries: EntryKind[] = [];
  if (eipsInView.length > 0) entries.push('internet');
  if (waysIn.vpn) entries.push('vpn');
  if (waysIn.directConnect) entries.push('direct-connect');
  if (waysIn.peering) entries.push('peering');
  for (const kind of entries) {
    const id = nodeId.entry(kind);
    nodes.push({ id, type: 'entry', width: SIZE.entry.width, height: SIZE.entry.height, data: { kind } });
    if (kind === 'internet') {
      for (const e of eipsInView) {
        if (!e.port_id) continue;
        edges.push({ id: `entry:${kind}:${e.id}`, source: id, sourceHandle: handleId.out, target: nodeId.eip(e.id), targetHandle: handleId.in, data: { kind: 'entry' } });
      }
    } else {
      for (const v of vips) {
        edges.push({ id: `entry:${kind}:${v.id}`, source: id, sourceHandle: handleId.out, target: nodeId.vip(v.id), targetHandle: handleId.in, data: { kind: 'entry' } });
      }
    }
  }

  const serverNodes = new Map(nodes.filter((n) => n.type === 'server').map((n) => [n.id, n]));
  for (const e of edges) {
    if (e.targetHandle === handleId.realServer) {
      const n = serverNodes.get(e.target);
      if (n && n.type === 'server') n.data.inbound = true;
    }
    if (e.data.kind === 'lvs') {
      const n = serverNodes.get(e.source);
      if (n && n.type === 'server') n.data.outbound = true;
    }
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const kept = edges.filter((e) => drawn.has(e.source) && drawn.has(e.target));

  return { nodes, edges: kept, facts: connectionFacts(input, vips, servers, placed, nicsOfServer, boundNics, eipsInView) };
}
