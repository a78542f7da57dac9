import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { terraformFiles, terraformSingleFile, terraformStem, type TfFile, type TfSelection } from '../../domain/terraform';
import { getAllEipsQueryOptions } from '../eips/get-eips';
import { getAllHaGroupsQueryOptions, getHaGroupQueryOptions } from '../ha-groups/get-ha-groups';
import { createKeys } from '../keys';
import { getSubnetPortsQueryOptions } from '../ports/get-ports';
import { getServersQueryOptions, type ServerPageQuery } from '../servers/get-servers';
import { getSubnetQueryOptions } from '../subnets/get-subnet';
import { getAllSubnetsQueryOptions } from '../subnets/get-subnets';
import { getVipQueryOptions } from '../vips/get-vip';
import { getVpcQueryOptions } from '../vpcs/get-vpc';
import { terraformData } from './terraform-data';

/** What a screen exports: a VPC, an HA group, or resources of a VPC's diagram (VPC, subnet, server, VIP, EIP, group ids). */
export type TerraformTarget = { kind: 'vpc'; vpcId: string } | { kind: 'group'; groupId: string } | { kind: 'ids'; vpcId: string; ids: readonly string[] };

export interface TerraformExport {
  files: TfFile[];
  /** Every file in one `.tf`. */
  single: string;
  /** File-name stem: the VPC's or group's name. */
  stem: string;
}

const terraformKeys = createKeys('terraform-export');
/** Servers per request (the API's largest page), in the order the topology reads them (same cache). */
const PAGE: ServerPageQuery = { page: 1, pageSize: 1000, sortKey: 'name', sortDir: 'asc' };

async function vpcOfGroup(qc: QueryClient, groupId: string): Promise<string> {
  const group = await qc.fetchQuery(getHaGroupQueryOptions(groupId));
  const vip = await qc.fetchQuery(getVipQueryOptions(group.vip_port_id));
  return (await qc.fetchQuery(getSubnetQueryOptions(vip.network_id))).vpc_id;
}

/** Reads one VPC's resources through the same queries the screens use, and makes the export. */
async function loadExport(qc: QueryClient, target: TerraformTarget): Promise<TerraformExport> {
  const vpcId = target.kind === 'group' ? await vpcOfGroup(qc, target.groupId) : target.vpcId;
  const [vpc, subnets, eips, haGroups, first] = await Promise.all([
    qc.fetchQuery(getVpcQueryOptions(vpcId)),
    qc.fetchQuery(getAllSubnetsQueryOptions(vpcId)),
    qc.fetchQuery(getAllEipsQueryOptions()),
    qc.fetchQuery(getAllHaGroupsQueryOptions()),
    qc.fetchQuery(getServersQueryOptions(PAGE)),
  ]);
  const pages = Math.ceil(first.count / PAGE.pageSize);
  const [ports, rest] = await Promise.all([
    Promise.all(subnets.map((s) => qc.fetchQuery(getSubnetPortsQueryOptions(s.id)))),
    Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => qc.fetchQuery(getServersQueryOptions({ ...PAGE, page: i + 2 })))),
  ]);
  const allPorts = ports.flat();
  const owners = new Set(allPorts.map((p) => p.device_id));
  const servers = [first, ...rest].flatMap((p) => p.servers).filter((s) => owners.has(s.id));
  const data = terraformData({ vpcs: [vpc], subnets, ports: allPorts, servers, eips, haGroups });
  const selection: TfSelection = target.kind === 'ids' ? { kind: 'ids', ids: target.ids } : target.kind === 'vpc' ? { kind: 'vpc', vpcId } : target;
  const files = terraformFiles(data, selection);
  return { files, single: terraformSingleFile(files), stem: terraformStem(data, selection) };
}

/** The Terraform export of a target, made afresh each time a dialog asks (never kept once closed). */
export function useTerraformExport(target: TerraformTarget) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: terraformKeys.detail(JSON.stringify(target)),
    queryFn: () => loadExport(qc, target),
    staleTime: 0,
    gcTime: 0,
  });
}
