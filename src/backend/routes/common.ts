import { codes, describeAddressHolder } from '../../domain';
import type { ApiResponse } from '../handler';
import { ApiError, backendCodes } from '../errors';
import type { PortRecord, PublicIpRecord, ServerRecord, SubnetRecord, Tx, VpcRecord } from '../store';
import { isNic, isVip } from '../model';

export function ok(body: unknown, status = 200): ApiResponse {
  return { status, headers: {}, body };
}

export function noContent(): ApiResponse {
  return { status: 204, headers: {} };
}

export async function mustVpc(tx: Tx, project: string, id: string): Promise<VpcRecord> {
  const vpc = await tx.getOwned('vpcs', project, id);
  if (!vpc) throw new ApiError(codes.vpcNotFound, `VPC ${id} does not exist in this project.`, 404);
  return vpc;
}

export async function mustSubnet(tx: Tx, project: string, id: string): Promise<SubnetRecord> {
  const subnet = await tx.getOwned('subnets', project, id);
  if (!subnet) throw new ApiError(codes.subnetNotFound, `Subnet ${id} does not exist in this project.`, 404);
  return subnet;
}

export async function mustPort(tx: Tx, project: string, id: string): Promise<PortRecord> {
  const port = await tx.getOwned('ports', project, id);
  if (!port) throw new ApiError(codes.portNotFound, `Port ${id} does not exist in this project.`, 404);
  return port;
}

export async function mustEip(tx: Tx, project: string, id: string): Promise<PublicIpRecord> {
  const eip = await tx.getOwned('publicips', project, id);
  if (!eip) throw new ApiError(codes.eipNotFound, `EIP ${id} does not exist in this project.`, 404);
  return eip;
}

export async function mustServer(tx: Tx, project: string, id: string): Promise<ServerRecord> {
  const server = await tx.getOwned('servers', project, id);
  if (!server) throw new ApiError(backendCodes.serverNotFound, `Server ${id} does not exist in this project.`, 404);
  return server;
}

/** Words for what holds a port: "server ecs-web-01 (192.168.0.11)", "virtual IP vip-web (192.168.0.100)". */
export async function describePort(tx: Tx, port: PortRecord): Promise<string> {
  return portHolder(port, isNic(port) ? (await tx.get('servers', port.device_id))?.name : undefined);
}

/** `describePort` when the NIC's server name is known (or absent: its id stands in). */
export function portHolder(port: Pick<PortRecord, 'id' | 'name' | 'ip' | 'device_id' | 'device_owner'>, serverName: string | undefined): string {
  if (isNic(port)) return describeAddressHolder('server', serverName ?? port.device_id, port.ip);
  if (isVip(port)) return describeAddressHolder('virtual IP', port.name || port.id, port.ip);
  return describeAddressHolder('port', port.name || port.id, port.ip);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
