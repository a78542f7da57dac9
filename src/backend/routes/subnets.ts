import { createSubnetRequest, updateSubnetRequest, type CreateSubnetRequest, type UpdateSubnetRequest } from '../../contract';
import { checkGatewayIp, checkName, checkSubnetCidr, codes, isIpv4 } from '../../domain';
import { ApiError, badRequest, refuse } from '../errors';
import { nowIso, randomId } from '../ids';
import { isNic, isVip, subnetRecord, subnetView } from '../model';
import { route, type Route } from '../router';
import type { SubnetRecord } from '../store';
import { mustSubnet, mustVpc, noContent, ok, plural } from './common';
import { checkIfMatch, withEtag } from './revision';
import { anyOf, listRecords } from './list';

export function checkDns(value: string | undefined, field: string): void {
  if (value !== undefined && value !== '' && !isIpv4(value)) throw badRequest(`${field}: "${value}" is not an IPv4 address.`, field);
}

export const subnetRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: '/v1/:project/subnets',
    run: ({ store, project, query }) =>
      store.read(async (tx) => {
        const vpcId = query.get('vpc_id');
        const subnets = await listRecords<SubnetRecord>(tx, 'subnets', project, query, {
          filterKeys: ['vpc_id', 'id'],
          load: vpcId ? () => tx.all('subnets', 'by_vpc', [project, vpcId]) : undefined,
          filter: (s) => anyOf(query, 'id', s.id),
          createdOf: (s) => s.created_at,
        });
        return ok({ subnets: subnets.map(subnetView) });
      }),
  }),
  route({
    method: 'GET',
    pattern: '/v1/:project/subnets/:id',
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const subnet = await mustSubnet(tx, project, params.id);
        return withEtag(ok({ subnet: subnetView(subnet) }), subnet);
      }),
  }),
  route<CreateSubnetRequest>({
    method: 'POST',
    pattern: '/v1/:project/subnets',
    schema: createSubnetRequest,
    run: ({ store, project, body }) => {
      const s = body.subnet;
      refuse(checkName(s.name, 'subnet.name'));
      checkDns(s.primary_dns, 'subnet.primary_dns');
      checkDns(s.secondary_dns, 'subnet.secondary_dns');
      return store.write(async (tx) => {
        const vpc = await mustVpc(tx, project, s.vpc_id);
        const siblings = await tx.all('subnets', 'by_vpc', [project, vpc.id]);
        refuse(checkSubnetCidr(s.cidr, vpc, siblings, 'subnet.cidr'));
        refuse(checkGatewayIp(s.cidr, s.gateway_ip, 'subnet.gateway_ip'));
        const id = randomId('subnet');
        const now = nowIso();
        const subnet = subnetRecord({
          project,
          id,
          neutronSubnetId: randomId('neutron-subnet'),
          name: s.name,
          description: s.description ?? '',
          cidr: s.cidr,
          gatewayIp: s.gateway_ip,
          vpcId: vpc.id,
          created: now,
          dhcp: s.dhcp_enable,
          primaryDns: s.primary_dns,
          secondaryDns: s.secondary_dns,
          az: s.availability_zone,
        });
        await tx.put('subnets', subnet);
        return withEtag(ok({ subnet: subnetView(subnet) }), subnet);
      });
    },
  }),
  route<UpdateSubnetRequest>({
    method: 'PUT',
    pattern: '/v1/:project/vpcs/:vpc_id/subnets/:id',
    schema: updateSubnetRequest,
    run: ({ req, store, project, params, body }) => {
      const s = body.subnet;
      refuse(checkName(s.name, 'subnet.name'));
      checkDns(s.primary_dns, 'subnet.primary_dns');
      checkDns(s.secondary_dns, 'subnet.secondary_dns');
      return store.write(async (tx) => {
        const subnet = await mustSubnet(tx, project, params.id);
        if (subnet.vpc_id !== params.vpc_id) throw new ApiError(codes.subnetNotFound, `Subnet ${params.id} is not in VPC ${params.vpc_id}.`, 404);
        checkIfMatch(req, subnet, `Subnet ${subnet.name}`);
        const updated: SubnetRecord = {
          ...subnet,
          name: s.name,
          description: s.description ?? subnet.description,
          dhcp_enable: s.dhcp_enable ?? subnet.dhcp_enable,
          primary_dns: s.primary_dns ?? subnet.primary_dns,
          secondary_dns: s.secondary_dns ?? subnet.secondary_dns,
          updated_at: nowIso(),
        };
        await tx.put('subnets', updated);
        return withEtag(ok({ subnet: subnetView(updated) }), updated);
      });
    },
  }),
  route({
    method: 'DELETE',
    pattern: '/v1/:project/vpcs/:vpc_id/subnets/:id',
    run: ({ req, store, project, params }) =>
      store.write(async (tx) => {
        const subnet = await mustSubnet(tx, project, params.id);
        if (subnet.vpc_id !== params.vpc_id) throw new ApiError(codes.subnetNotFound, `Subnet ${params.id} is not in VPC ${params.vpc_id}.`, 404);
        checkIfMatch(req, subnet, `Subnet ${subnet.name}`);
        const ports = await tx.all('ports', 'by_network', [project, subnet.id]);
        if (ports.length > 0) {
          const nics = ports.filter(isNic).length;
          const vips = ports.filter(isVip).length;
          const others = ports.length - nics - vips;
          const parts = [
            nics && plural(nics, 'server NIC'),
            vips && plural(vips, 'virtual IP'),
            others && plural(others, 'other port'),
          ].filter(Boolean);
          const todo = [nics && 'delete the servers', vips && 'delete the virtual IPs', others && 'delete the ports'].filter(Boolean);
          throw new ApiError(
            codes.subnetInUse,
            `Subnet ${subnet.name} still has ${parts.join(' and ')}; ${todo.join(' and ')} first.`,
            409,
          );
        }
        await tx.delete('subnets', subnet.id);
        return noContent();
      }),
  }),
];
