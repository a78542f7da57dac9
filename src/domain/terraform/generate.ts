import { IdentifierPool, ref, writeHcl, type Expr, type HclBlock, type HclEntry, type HclValue } from './hcl';
import type { TfData, TfEip, TfFile, TfHaGroup, TfSelection, TfServer, TfSubnet, TfVip, TfVpc } from './model';
import { pickResources } from './select';

/*
 * Every mapping below follows the provider's own documentation, huaweicloud/terraform-provider-huaweicloud
 * docs/resources/<name>.md (checked at commit a0345b8, 2026-08-21):
 * - vpc.md: `huaweicloud_vpc` name, cidr, description.
 * - vpc_subnet.md: `huaweicloud_vpc_subnet` name, cidr, gateway_ip, vpc_id, description; its `id` is the
 *   network id that NICs (`network.uuid`) and VIPs (`network_id`) take.
 * - compute_instance.md: name, image_id, flavor_id, admin_pass, availability_zone, security_group_ids, and
 *   one `network { uuid, fixed_ip_v4, source_dest_check }` per NIC; the attribute `network[n].port` is the
 *   port id of NIC n.
 * - networking_vip.md: network_id, ip_address, name; networking_vip_associate.md: vip_id, port_ids.
 * - vpc_eip.md: `publicip { type }`, `bandwidth { share_type, name, size, charge_mode }`, name; its
 *   attribute `address` is the public IP. vpc_eip_associate.md: public_ip, port_id.
 * - networking_secgroup.md (resource and data source): name, description; networking_secgroup_rule.md:
 *   security_group_id, direction, ethertype, protocol, port_range_min/max, remote_ip_prefix, remote_group_id,
 *   description. The doc lists tcp/udp/icmp/icmpv6 for `protocol`, and the resource's schema also takes
 *   a protocol number 0-255 (resource_huaweicloud_networking_secgroup_rule.go): VRRP is "112".
 */

/** Code-unit order (not the locale's), so the output is the same on every machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = <T extends { name: string; id: string }>(a: T, b: T) => compare(a.name, b.name) || compare(a.id, b.id);

const resource = (type: string, name: string, body: HclEntry[]): HclBlock => ({ type: 'resource', labels: [type, name], body });
const attr = (key: string, value: HclValue): HclEntry => ({ key, value });

/** How the export names what it exports, for the header comment and file names. */
function scopeText(data: TfData, selection: TfSelection): string {
  if (selection.kind === 'vpc') return `VPC ${data.vpcs.find((v) => v.id === selection.vpcId)?.name ?? selection.vpcId}`;
  if (selection.kind === 'group') return `HA group ${data.haGroups.find((g) => g.id === selection.groupId)?.name ?? selection.groupId}`;
  return selection.label ?? 'the topology selection';
}

/** One value when every item agrees, else undefined (the variable then has no default). */
function common(values: string[]): string | undefined {
  const set = new Set(values.filter(Boolean));
  return set.size === 1 ? [...set][0] : undefined;
}

interface Names {
  vpc: Map<string, string>;
  subnet: Map<string, string>;
  server: Map<string, string>;
  vip: Map<string, string>;
  eip: Map<string, string>;
  group: Map<string, string>;
}

function nameAll<T extends { id: string; name: string }>(items: T[]): Map<string, string> {
  const pool = new IdentifierPool();
  return new Map(items.map((i) => [i.id, pool.take(i.name)]));
}

function variableBlock(name: string, description: string, options: { default?: string; sensitive?: boolean } = {}): HclBlock {
  const body: HclEntry[] = [attr('description', description), attr('type', ref('string'))];
  if (options.default !== undefined) body.push(attr('default', options.default));
  if (options.sensitive) body.push(attr('sensitive', true));
  return { type: 'variable', labels: [name], body };
}

function variablesOf(servers: TfServer[]): HclBlock[] {
  const blocks = [variableBlock('region', 'Huawei Cloud region to create the resources in, e.g. cn-north-4.')];
  if (servers.length === 0) return blocks;
  const images = [...new Set(servers.map((s) => s.image).filter(Boolean))].sort();
  const flavors = [...new Set(servers.map((s) => s.flavor).filter(Boolean))].sort();
  const seen = (list: string[]) => (list.length ? ` (in the console: ${list.join(', ')})` : '');
  blocks.push(
    variableBlock('availability_zone', 'Availability zone of the servers.', { default: common(servers.map((s) => s.availabilityZone)) }),
    variableBlock('image_id', `ID of the image every server boots from${seen(images)}.`),
    variableBlock('flavor_id', `Flavor ID of every server${seen(flavors)}.`, { default: common(servers.map((s) => s.flavor)) }),
    variableBlock('admin_pass', 'Administrator password of every server.', { sensitive: true }),
  );
  return blocks;
}

function vpcBlock(v: TfVpc, id: string): HclBlock {
  const body: HclEntry[] = [attr('name', v.name), attr('cidr', v.cidr)];
  if (v.description) body.push(attr('description', v.description));
  return resource('huaweicloud_vpc', id, body);
}

function subnetBlock(s: TfSubnet, names: Names): HclBlock {
  const body: HclEntry[] = [attr('name', s.name), attr('cidr', s.cidr), attr('gateway_ip', s.gatewayIp), attr('vpc_id', ref(`huaweicloud_vpc.${names.vpc.get(s.vpcId)}.id`))];
  if (s.description) body.push(attr('description', s.description));
  return resource('huaweicloud_vpc_subnet', names.subnet.get(s.id)!, body);
}

/** The security group of an HA group: VRRP between its members, and for LVS-DR the service port. */
function groupSecurityBlocks(g: TfHaGroup, id: string, rules: IdentifierPool): HclBlock[] {
  const sg = `huaweicloud_networking_secgroup.${id}.id`;
  const blocks = [resource('huaweicloud_networking_secgroup', id, [attr('name', `${g.name}-sg`), attr('description', `Members of HA group ${g.name}`)])];
  const rule = (suffix: string, body: HclEntry[]) =>
    resource('huaweicloud_networking_secgroup_rule', rules.take(`${id}_${suffix}`), [
      attr('security_group_id', ref(sg)),
      attr('direction', 'ingress'),
      attr('ethertype', 'IPv4'),
      ...body,
    ]);
  blocks.push(rule('vrrp', [attr('protocol', '112'), attr('remote_group_id', ref(sg)), attr('description', 'VRRP (IP protocol 112) between the members')]));
  if (g.mode === 'lvs-dr' && g.servicePort) {
    const port = g.servicePort;
    blocks.push(
      rule('service', [
        attr('protocol', 'tcp'),
        attr('port_range_min', port),
        attr('port_range_max', port),
        attr('remote_ip_prefix', '0.0.0.0/0'),
        attr('description', `LVS service port ${port}`),
      ]),
    );
  }
  return blocks;
}

function serverBlock(s: TfServer, names: Names, groupsOf: Map<string, string[]>, checkOff: Set<string>, subnets: Set<string>): HclBlock {
  const groups = groupsOf.get(s.id) ?? [];
  const body: HclEntry[] = [
    attr('name', s.name),
    attr('image_id', ref('var.image_id')),
    attr('flavor_id', ref('var.flavor_id')),
    attr('admin_pass', ref('var.admin_pass')),
    attr('availability_zone', ref('var.availability_zone')),
  ];
  if (groups.length) {
    body.push(attr('security_group_ids', [ref('data.huaweicloud_networking_secgroup.default.id'), ...groups.map((g) => ref(`huaweicloud_networking_secgroup.${g}.id`))]));
  }
  for (const nic of s.nics) {
    if (!subnets.has(nic.subnetId)) {
      body.push({ comment: `NIC ${nic.ip} is in a subnet this export does not hold: left out` });
      continue;
    }
    body.push(
      attr('network', {
        type: 'network',
        body: [
          attr('uuid', ref(`huaweicloud_vpc_subnet.${names.subnet.get(nic.subnetId)}.id`)),
          attr('fixed_ip_v4', nic.ip),
          attr('source_dest_check', nic.sourceDestCheck && !checkOff.has(nic.portId)),
        ],
      }),
    );
  }
  return resource('huaweicloud_compute_instance', names.server.get(s.id)!, body);
}

function vipBlocks(v: TfVip, names: Names, portRef: Map<string, string>): HclBlock[] {
  const id = names.vip.get(v.id)!;
  const blocks = [
    resource('huaweicloud_networking_vip', id, [attr('name', v.name), attr('network_id', ref(`huaweicloud_vpc_subnet.${names.subnet.get(v.subnetId)}.id`)), attr('ip_address', v.ip)]),
  ];
  const ports: Expr[] = v.boundPortIds.filter((p) => portRef.has(p)).map((p) => ref(portRef.get(p)!));
  if (ports.length) {
    blocks.push(resource('huaweicloud_networking_vip_associate', id, [attr('vip_id', ref(`huaweicloud_networking_vip.${id}.id`)), attr('port_ids', ports)]));
  }
  return blocks;
}

function eipBlocks(e: TfEip, names: Names): HclBlock[] {
  const id = names.eip.get(e.id)!;
  const blocks: HclBlock[] = [
    resource('huaweicloud_vpc_eip', id, [
      attr('name', e.name),
      attr('publicip', { type: 'publicip', body: [attr('type', e.type || '5_bgp')] }),
      attr('bandwidth', {
        type: 'bandwidth',
        body: [attr('share_type', 'PER'), attr('name', e.bandwidthName || `bandwidth-${e.name}`), attr('size', e.bandwidthSize), attr('charge_mode', 'traffic')],
      }),
    ]),
  ];
  const vip = e.portId ? names.vip.get(e.portId) : undefined;
  if (vip) {
    blocks.push(
      resource('huaweicloud_vpc_eip_associate', id, [attr('public_ip', ref(`huaweicloud_vpc_eip.${id}.address`)), attr('port_id', ref(`huaweicloud_networking_vip.${vip}.id`))]),
    );
  }
  return blocks;
}

function outputsOf(vips: TfVip[], eips: TfEip[], names: Names): HclBlock[] {
  const pool = new IdentifierPool();
  const output = (name: string, description: string, value: string): HclBlock => ({
    type: 'output',
    labels: [pool.take(name)],
    body: [attr('description', description), attr('value', ref(value))],
  });
  return [
    ...vips.map((v) => output(`${v.name}_address`, `Address of virtual IP ${v.name}`, `huaweicloud_networking_vip.${names.vip.get(v.id)}.ip_address`)),
    ...eips.map((e) => output(`${e.name}_address`, `Public address of EIP ${e.name}`, `huaweicloud_vpc_eip.${names.eip.get(e.id)}.address`)),
  ];
}

/**
 * Terraform for the `huaweicloud` provider describing the selected resources: `main.tf` (the provider,
 * then VPCs, subnets, the HA groups' security groups, servers, VIPs with their bindings, EIPs with
 * theirs), `variables.tf` (what a user must fill in: region, image, flavor, password) and `outputs.tf`.
 * Resources refer to each other (`huaweicloud_vpc_subnet.web.id`), never to the console's ids. The
 * source/destination check is off on every NIC bound to an exported VIP or a member of an exported HA
 * group, and on any NIC where it is off today. Deterministic: resources sorted by name, then id.
 * Throws `TfSelectionError` for an unknown VPC or group.
 */
export function terraformFiles(data: TfData, selection: TfSelection): TfFile[] {
  const picked = pickResources(data, selection);
  const pick = <T extends { id: string; name: string }>(list: T[], ids: Set<string>) => list.filter((x) => ids.has(x.id)).sort(byName);
  const vpcs = pick(data.vpcs, picked.vpcs);
  const subnets = pick(data.subnets, picked.subnets);
  const servers = pick(data.servers, picked.servers);
  const vips = pick(data.vips, picked.vips);
  const eips = pick(data.eips, picked.eips);
  const groups = pick(data.haGroups, picked.groups);
  const names: Names = {
    vpc: nameAll(vpcs),
    subnet: nameAll(subnets),
    server: nameAll(servers),
    vip: nameAll(vips),
    eip: nameAll(eips),
    group: nameAll(groups),
  };
  const portRef = new Map<string, string>();
  const serverOfPort = new Map<string, string>();
  for (const s of servers) {
    s.nics
      .filter((n) => picked.subnets.has(n.subnetId))
      .forEach((n, i) => {
        portRef.set(n.portId, `huaweicloud_compute_instance.${names.server.get(s.id)}.network[${i}].port`);
        serverOfPort.set(n.portId, s.id);
      });
  }
  const checkOff = new Set([...vips.flatMap((v) => v.boundPortIds), ...groups.flatMap((g) => g.memberPortIds)]);
  const groupsOf = new Map<string, string[]>();
  for (const g of groups) {
    for (const serverId of new Set(g.memberPortIds.map((p) => serverOfPort.get(p)).filter((s): s is string => Boolean(s)))) {
      groupsOf.set(serverId, [...(groupsOf.get(serverId) ?? []), names.group.get(g.id)!]);
    }
  }
  const ruleNames = new IdentifierPool();
  const header = {
    comment: `Generated by VIP Console from ${scopeText(data, selection)}.\nFill in variables.tf (or a terraform.tfvars), then: terraform init && terraform apply`,
  };
  const terraform: HclBlock = {
    type: 'terraform',
    body: [
      attr('required_providers', {
        type: 'required_providers',
        body: [attr('huaweicloud', { type: 'huaweicloud', asObject: true, body: [attr('source', 'huaweicloud/huaweicloud'), attr('version', '>= 1.36.0')] })],
      }),
    ],
  };
  const provider: HclBlock = { type: 'provider', labels: ['huaweicloud'], body: [attr('region', ref('var.region'))] };
  const defaultGroup: HclBlock[] = groupsOf.size
    ? [{ type: 'data', labels: ['huaweicloud_networking_secgroup', 'default'], body: [attr('name', 'default')] }]
    : [];
  const main = writeHcl([
    header,
    terraform,
    provider,
    ...vpcs.map((v) => vpcBlock(v, names.vpc.get(v.id)!)),
    ...subnets.map((s) => subnetBlock(s, names)),
    ...defaultGroup,
    ...groups.flatMap((g) => groupSecurityBlocks(g, names.group.get(g.id)!, ruleNames)),
    ...servers.map((s) => serverBlock(s, names, groupsOf, checkOff, picked.subnets)),
    ...vips.flatMap((v) => vipBlocks(v, names, portRef)),
    ...eips.flatMap((e) => eipBlocks(e, names)),
  ]);
  const files: TfFile[] = [
    { name: 'main.tf', content: main },
    { name: 'variables.tf', content: writeHcl(variablesOf(servers)) },
  ];
  const outputs = outputsOf(vips, eips, names);
  if (outputs.length) files.push({ name: 'outputs.tf', content: writeHcl(outputs) });
  return files;
}

/** The files as one `.tf` (Terraform reads every `.tf` of a folder alike), each part under its file's name. */
export function terraformSingleFile(files: readonly TfFile[]): string {
  return files.map((f) => `# ---- ${f.name} ----\n\n${f.content}`).join('\n');
}

/** A file-name stem for an export: the VPC's or group's name, or `selection`. */
export function terraformStem(data: TfData, selection: TfSelection): string {
  const name =
    selection.kind === 'vpc'
      ? data.vpcs.find((v) => v.id === selection.vpcId)?.name
      : selection.kind === 'group'
        ? data.haGroups.find((g) => g.id === selection.groupId)?.name
        : 'selection';
  return (name ?? 'export').replace(/[^A-Za-z0-9_.-]+/g, '_');
}
