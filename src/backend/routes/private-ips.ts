import type { PrivateIp } from '../../contract';
import { compareIpv4, parseCidr, reservedAddresses, type ReservedUse } from '../../domain';
import { stableId } from '../ids';
import { badRequest } from '../errors';
import { parseListParams } from '../paging';
import { route, type Route } from '../router';
import { mustSubnet, ok } from './common';

/**
 * The `device_owner` each reserved address shows. Gateway, system interface and DHCP are what Huawei
 * lists; the network and broadcast addresses are this console's addition, marked `console:`.
 */
const RESERVED_OWNER: Record<ReservedUse, string> = {
  'Network address': 'console:network_address',
  Gateway: 'network:router_interface_distributed',
  'System interface': 'neutron:0d576f',
  'DHCP service': 'network:dhcp',
  'Broadcast address': 'console:broadcast_address',
};

export const privateIpRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/v1/:project/subnets/:subnet_id/privateips',
    run: ({ store, project, params, query }) =>
      store.read(async (tx) => {
        const list = parseListParams(query);
        const subnet = await mustSubnet(tx, project, params.subnet_id);
        const cidr = parseCidr(subnet.cidr);
        const reserved: PrivateIp[] = cidr
          ? reservedAddresses(cidr, subnet.gateway_ip).map((r) => ({
              id: stableId(`${subnet.id}:reserved:${r.use}`),
              subnet_id: subnet.id,
              tenant_id: project,
              ip_address: r.ip,
              device_owner: RESERVED_OWNER[r.use],
              status: 'ACTIVE',
            }))
          : [];
        const ports = await tx.all('ports', 'by_network', [project, subnet.id]);
        const used: PrivateIp[] = ports.map((p) => ({
          id: p.id,
          subnet_id: subnet.id,
          tenant_id: project,
          ip_address: p.ip,
          device_owner: p.device_owner,
          status: p.status === 'ACTIVE' ? 'ACTIVE' : 'DOWN',
        }));
        // In address order; marker = the id of the last entry seen.
        const all = [...reserved, ...used].sort((a, b) => compareIpv4(a.ip_address, b.ip_address) || a.id.localeCompare(b.id));
        let start = 0;
        if (list.marker) {
          start = all.findIndex((p) => p.id === list.marker) + 1;
          if (start === 0) throw badRequest(`marker: no address with id ${list.marker} in this subnet; start again without a marker.`, 'marker');
        }
        return ok({ privateips: all.slice(start, start + list.limit) });
      }),
  }),
];
