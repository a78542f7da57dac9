import type { TfData, TfSelection } from './model';

/** The ids of each kind that an export holds. */
export interface TfPicked {
  vpcs: Set<string>;
  subnets: Set<string>;
  servers: Set<string>;
  vips: Set<string>;
  eips: Set<string>;
  groups: Set<string>;
}

/** The selection names an id that the data does not hold (an unknown VPC or group). */
export class TfSelectionError extends Error {
  constructor(
    message: string,
    readonly known: string[],
  ) {
    super(message);
  }
}

/**
 * What an export holds, closed so every reference in it resolves: a VPC brings its subnets and the
 * servers and VIPs in them; a subnet its servers and VIPs; a VIP its subnet, the servers bound to it, its
 * EIP and its HA groups; an HA group its VIP and member servers; an EIP bound to a VIP that VIP; a server
 * the subnets of all its NICs; a subnet its VPC. Unbound EIPs belong to no VPC and come only when chosen.
 */
export function pickResources(data: TfData, selection: TfSelection): TfPicked {
  const picked: TfPicked = { vpcs: new Set(), subnets: new Set(), servers: new Set(), vips: new Set(), eips: new Set(), groups: new Set() };
  const serverOfPort = new Map(data.servers.flatMap((s) => s.nics.map((n) => [n.portId, s.id] as const)));
  const addSubnetContents = (subnetId: string) => {
    picked.subnets.add(subnetId);
    for (const s of data.servers) if (s.nics.some((n) => n.subnetId === subnetId)) picked.servers.add(s.id);
    for (const v of data.vips) if (v.subnetId === subnetId) picked.vips.add(v.id);
  };
  const seed = (id: string) => {
    if (data.vpcs.some((v) => v.id === id)) {
      picked.vpcs.add(id);
      for (const s of data.subnets) if (s.vpcId === id) addSubnetContents(s.id);
    } else if (data.subnets.some((s) => s.id === id)) addSubnetContents(id);
    else if (data.servers.some((s) => s.id === id)) picked.servers.add(id);
    else if (data.vips.some((v) => v.id === id)) picked.vips.add(id);
    else if (data.eips.some((e) => e.id === id)) picked.eips.add(id);
    else if (data.haGroups.some((g) => g.id === id)) picked.groups.add(id);
  };
  if (selection.kind === 'vpc') {
    if (!data.vpcs.some((v) => v.id === selection.vpcId)) throw new TfSelectionError(`No VPC ${selection.vpcId}`, data.vpcs.map((v) => v.name));
    seed(selection.vpcId);
  } else if (selection.kind === 'group') {
    if (!data.haGroups.some((g) => g.id === selection.groupId)) throw new TfSelectionError(`No HA group ${selection.groupId}`, data.haGroups.map((g) => g.name));
    seed(selection.groupId);
  } else selection.ids.forEach(seed);

  const sizeOf = () => Object.values(picked).reduce((n: number, s: Set<string>) => n + s.size, 0);
  for (let before = -1; before !== sizeOf(); ) {
    before = sizeOf();
    for (const v of data.vips) {
      if (!picked.vips.has(v.id)) continue;
      picked.subnets.add(v.subnetId);
      for (const p of v.boundPortIds) if (serverOfPort.has(p)) picked.servers.add(serverOfPort.get(p)!);
      for (const e of data.eips) if (e.portId === v.id) picked.eips.add(e.id);
      for (const g of data.haGroups) if (g.vipId === v.id) picked.groups.add(g.id);
    }
    for (const g of data.haGroups) {
      if (!picked.groups.has(g.id)) continue;
      picked.vips.add(g.vipId);
      for (const p of g.memberPortIds) if (serverOfPort.has(p)) picked.servers.add(serverOfPort.get(p)!);
    }
    for (const e of data.eips) if (picked.eips.has(e.id) && e.portId && data.vips.some((v) => v.id === e.portId)) picked.vips.add(e.portId);
    for (const s of data.servers) if (picked.servers.has(s.id)) for (const n of s.nics) picked.subnets.add(n.subnetId);
    for (const s of data.subnets) if (picked.subnets.has(s.id)) picked.vpcs.add(s.vpcId);
  }
  // Only what the data holds (a NIC or VIP may name a subnet of another VPC that was not loaded).
  const known = (ids: Set<string>, list: { id: string }[]) => new Set(list.filter((x) => ids.has(x.id)).map((x) => x.id));
  return {
    vpcs: known(picked.vpcs, data.vpcs),
    subnets: known(picked.subnets, data.subnets),
    servers: known(picked.servers, data.servers),
    vips: known(picked.vips, data.vips),
    eips: known(picked.eips, data.eips),
    groups: known(picked.groups, data.haGroups),
  };
}
