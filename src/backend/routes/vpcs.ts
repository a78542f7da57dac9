import { createVpcRequest, updateVpcRequest, type CreateVpcRequest, type UpdateVpcRequest } from '../../contract';
import { checkName, checkVpcCidr, cidrContainsCidr, codes, parseCidr } from '../../domain';
import { ApiError, refuse } from '../errors';
import { randomId, nowIso } from '../ids';
import { vpcView } from '../model';
import { route, type Route } from '../router';
import type { VpcRecord } from '../store';
import { anyOf, listRecords } from './list';
import { mustVpc, noContent, ok, plural } from './common';
import { checkIfMatch, withEtag } from './revision';

const base = '/v1/:project/vpcs';

export const vpcRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: base,
    run: ({ store, project, query }) =>
      store.read(async (tx) => {
        const vpcs = await listRecords<VpcRecord>(tx, 'vpcs', project, query, {
          filterKeys: ['id', 'enterprise_project_id'],
          filter: (v) => anyOf(query, 'id', v.id) && anyOf(query, 'enterprise_project_id', v.enterprise_project_id),
          createdOf: (v) => v.created_at,
        });
        return ok({ vpcs: vpcs.map(vpcView) });
      }),
  }),
  route<CreateVpcRequest>({
    method: 'POST',
    pattern: base,
    schema: createVpcRequest,
    run: ({ store, project, body }) => {
      const { name, description = '', enterprise_project_id = '0' } = body.vpc;
      const cidr = body.vpc.cidr ?? '192.168.0.0/16';
      refuse(checkName(name, 'vpc.name'));
      refuse(checkVpcCidr(cidr, 'vpc.cidr'));
      return store.write(async (tx) => {
        const now = nowIso();
        const vpc: VpcRecord = {
          id: randomId('vpc'),
          name,
          cidr,
          description,
          status: 'OK',
          routes: [],
          enterprise_project_id,
          tenant_id: project,
          created_at: now,
          updated_at: now,
          project_id: project,
        };
        await tx.put('vpcs', vpc);
        return withEtag(ok({ vpc: vpcView(vpc) }), vpc);
      });
    },
  }),
  route({
    method: 'GET',
    pattern: `${base}/:id`,
    run: ({ store, project, params }) =>
      store.read(async (tx) => {
        const vpc = await mustVpc(tx, project, params.id);
        return withEtag(ok({ vpc: vpcView(vpc) }), vpc);
      }),
  }),
  route<UpdateVpcRequest>({
    method: 'PUT',
    pattern: `${base}/:id`,
    schema: updateVpcRequest,
    run: ({ req, store, project, params, body }) =>
      store.write(async (tx) => {
        const vpc = await mustVpc(tx, project, params.id);
        checkIfMatch(req, vpc, `VPC ${vpc.name}`);
        const { name, cidr, description } = body.vpc;
        if (name !== undefined) refuse(checkName(name, 'vpc.name'));
        if (cidr !== undefined && cidr !== vpc.cidr) {
          refuse(checkVpcCidr(cidr, 'vpc.cidr'));
          const block = parseCidr(cidr)!;
          const subnets = await tx.all('subnets', 'by_vpc', [project, vpc.id]);
          const outside = subnets.find((s) => {
            const c = parseCidr(s.cidr);
            return !c || !cidrContainsCidr(block, c);
          });
          if (outside) {
            throw new ApiError(codes.badParameter, `Subnet ${outside.name} (${outside.cidr}) would lie outside ${cidr}; choose a CIDR that holds every subnet of the VPC.`, 400, 'vpc.cidr');
          }
        }
        const updated: VpcRecord = {
          ...vpc,
          name: name ?? vpc.name,
          cidr: cidr ?? vpc.cidr,
          description: description ?? vpc.description,
          updated_at: nowIso(),
        };
        await tx.put('vpcs', updated);
        return withEtag(ok({ vpc: vpcView(updated) }), updated);
      }),
  }),
  route({
    method: 'DELETE',
    pattern: `${base}/:id`,
    run: ({ req, store, project, params }) =>
      store.write(async (tx) => {
        const vpc = await mustVpc(tx, project, params.id);
        checkIfMatch(req, vpc, `VPC ${vpc.name}`);
        const subnets = await tx.all('subnets', 'by_vpc', [project, vpc.id]);
        if (subnets.length > 0) {
          const names = subnets.slice(0, 3).map((s) => s.name).join(', ');
          throw new ApiError(
            codes.vpcHasSubnets,
            `VPC ${vpc.name} still has ${plural(subnets.length, 'subnet')} (${names}${subnets.length > 3 ? ', ...' : ''}); delete them first.`,
            409,
          );
        }
        await tx.delete('vpcs', vpc.id);
        return noContent();
      }),
  }),
];
