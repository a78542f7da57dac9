import type { HaGroup, Port, PublicIp, Server, Subnet, Vpc } from '../../contract';
import { VIP_DEVICE_OWNER } from '../../contract';
import { isSourceDestCheckOn } from '../../domain';
import type { TfData } from '../../domain/terraform';

/** The wire resources the Terraform export is made from (the API's views, or the backend's records). */
export interface TerraformSource {
  vpcs: readonly Pick<Vpc, 'id' | 'name' | 'cidr' | 'description'>[];
  subnets: readonly Pick<Subnet, 'id' | 'name' | 'cidr' | 'gateway_ip' | 'vpc_id' | 'description'>[];
  /** NIC and VIP ports. */
  ports: readonly Pick<Port, 'id' | 'name' | 'network_id' | 'fixed_ips' | 'device_id' | 'device_owner' | 'allowed_address_pairs' | 'created_at'>[];
  servers: readonly Pick<Server, 'id' | 'name' | 'flavor' | 'metadata' | 'OS-EXT-AZ:availability_zone'>[];
  eips: readonly Pick<PublicIp, 'id' | 'alias' | 'public_ip_address' | 'type' | 'port_id' | 'bandwidth_name' | 'bandwidth_size'>[];
  haGroups: readonly Pick<HaGroup, 'id' | 'name' | 'mode' | 'vip_port_id' | 'members' | 'service'>[];
}

const ipOf = (p: Pick<Port, 'fixed_ips'>) => p.fixed_ips[0]?.ip_address ?? '';

/**
 * The export's plain data from wire resources: a server's NICs are its `compute:` ports in the order
 * they were made; a VIP is bound to the NICs of its subnet whose fixed IP is in its allowed-address pairs.
 */
export function terraformData(src: TerraformSource): TfData {
  const nics = src.ports.filter((p) => p.device_owner.startsWith('compute:'));
  const vips = src.ports.filter((p) => p.device_owner === VIP_DEVICE_OWNER);
  const order = (a: (typeof nics)[number], b: (typeof nics)[number]) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
  return {
    vpcs: src.vpcs.map((v) => ({ id: v.id, name: v.name, cidr: v.cidr, description: v.description })),
    subnets: src.subnets.map((s) => ({ id: s.id, name: s.name, cidr: s.cidr, gatewayIp: s.gateway_ip, vpcId: s.vpc_id, description: s.description })),
    servers: src.servers.map((s) => ({
      id: s.id,
      name: s.name,
      flavor: s.flavor?.id ?? '',
      image: s.metadata?.image_name ?? '',
      availabilityZone: s['OS-EXT-AZ:availability_zone'] ?? '',
      nics: nics
        .filter((p) => p.device_id === s.id)
        .sort(order)
        .map((p) => ({ portId: p.id, subnetId: p.network_id, ip: ipOf(p), sourceDestCheck: isSourceDestCheckOn(p.allowed_address_pairs) })),
    })),
    vips: vips.map((v) => {
      const bound = new Set(v.allowed_address_pairs.map((p) => p.ip_address));
      const boundPortIds = nics.filter((n) => n.network_id === v.network_id && bound.has(ipOf(n))).map((n) => n.id);
      return { id: v.id, name: v.name || ipOf(v), subnetId: v.network_id, ip: ipOf(v), boundPortIds };
    }),
    eips: src.eips.map((e) => ({ id: e.id, name: e.alias || e.public_ip_address, type: e.type, bandwidthName: e.bandwidth_name, bandwidthSize: e.bandwidth_size, portId: e.port_id || undefined })),
    haGroups: src.haGroups.map((g) => ({
      id: g.id,
      name: g.name,
      mode: g.mode,
      vipId: g.vip_port_id,
      memberPortIds: g.members.map((m) => m.port_id),
      servicePort: g.service?.port,
    })),
  };
}
