/**
 * The official Huawei Cloud Node.js SDK (VPC v2 and ECS v2 clients) against `scripts/api-server.ts`,
 * over real HTTP with AK/SK signing. Server creation uses the ECS SDK's `createPostPaidServers`
 * (POST /v1/{project_id}/cloudservers). The SDK writes ~/.huaweicloud: HOME points at a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import {
  AllowedAddressPair,
  CreatePortOption,
  CreatePortRequest,
  CreatePortRequestBody,
  CreateSubnetOption,
  CreateSubnetRequest,
  CreateSubnetRequestBody,
  CreateVpcOption,
  CreateVpcRequest,
  CreateVpcRequestBody,
  FixedIp,
  ListPortsRequest,
  ListPrivateipsRequest,
  UpdatePortOption,
  UpdatePortRequest,
  UpdatePortRequestBody,
  VpcClient,
} from '@huaweicloud/huaweicloud-sdk-vpc/v2/public-api';
import {
  CreatePostPaidServersRequest,
  CreatePostPaidServersRequestBody,
  EcsClient,
  ListServerInterfacesRequest,
  ListServersDetailsRequest,
  PostPaidServer,
  PostPaidServerNic,
  PostPaidServerRootVolume,
} from '@huaweicloud/huaweicloud-sdk-ecs/v2/public-api';
import type { InterfaceAttachment, Port, PrivateIp, Server, Subnet, Vpc } from '../src/contract';
import { startApiServer, type RunningApiServer } from './api-server';
import { sdkError } from './sdk-errors';

/**
 * The SDK hands back the parsed JSON as is (snake_case, not its camelCase model classes), so answers
 * are read through the console's own wire types.
 */
const wire = <T>(value: unknown): T => value as T;

let server: RunningApiServer;
let home: string;
const originalHome = process.env.HOME;
const project = crypto.randomUUID().replace(/-/g, '');
let vpc: VpcClient;
let ecs: EcsClient;
const log: string[] = [];

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'vip-sdk-home-'));
  process.env.HOME = home;
  server = await startApiServer({ port: 0, log: (line) => log.push(line) });
  const credentials = () => new BasicCredentials().withAk('TESTAK0000000000').withSk('test-secret-key').withProjectId(project);
  vpc = VpcClient.newBuilder().withCredential(credentials()).withEndpoint(server.url).build();
  ecs = EcsClient.newBuilder().withCredential(credentials()).withEndpoint(server.url).build();
});

afterAll(async () => {
  await server?.close();
  process.env.HOME = originalHome;
  await rm(home, { recursive: true, force: true });
});


describe('official Huawei Cloud SDK against the API server', () => {
  it('builds a VIP pair with the SDK, and reads refusals as SDK errors with VPC codes', async () => {
    const createdVpc = await vpc.createVpc(new CreateVpcRequest().withBody(new CreateVpcRequestBody().withVpc(new CreateVpcOption().withName('sdk-vpc').withCidr('10.8.0.0/16'))));
    const createdVpcWire = wire<{ vpc: Vpc }>(createdVpc).vpc;
    const vpcId = createdVpcWire.id;
    expect(createdVpcWire.cidr).toBe('10.8.0.0/16');

    const mkSubnet = async (name: string, third: number) =>
      wire<{ subnet: Subnet }>(
        await vpc.createSubnet(
          new CreateSubnetRequest().withBody(
            new CreateSubnetRequestBody().withSubnet(new CreateSubnetOption().withName(name).withCidr(`10.8.${third}.0/24`).withGatewayIp(`10.8.${third}.1`).withVpcId(vpcId)),
          ),
        ),
      ).subnet;
    const subnet = await mkSubnet('sdk-subnet', 1);
    const other = await mkSubnet('sdk-other', 2);
    expect(subnet.neutron_subnet_id).not.toBe(subnet.id);

    const root = new PostPaidServerRootVolume().withVolumetype('SSD');
    const server = (name: string, subnetId: string, ip?: string) => {
      const nic = new PostPaidServerNic().withSubnetId(subnetId);
      if (ip) nic.withIpAddress(ip);
      return new PostPaidServer().withName(name).withImageRef('img-ubuntu').withFlavorRef('s6.medium.2').withVpcid(vpcId).withNics([nic]).withRootVolume(root);
    };
    const made = await ecs.createPostPaidServers(new CreatePostPaidServersRequest().withBody(new CreatePostPaidServersRequestBody().withServer(server('sdk-a', subnet.id, '10.8.1.10'))));
    const made2 = await ecs.createPostPaidServers(new CreatePostPaidServersRequest().withBody(new CreatePostPaidServersRequestBody().withServer(server('sdk-b', subnet.id, '10.8.1.11'))));
    const made3 = await ecs.createPostPaidServers(new CreatePostPaidServersRequest().withBody(new CreatePostPaidServersRequestBody().withServer(server('sdk-c', other.id, '10.8.2.10'))));
    const [idA, idB, idC] = [made.serverIds![0], made2.serverIds![0], made3.serverIds![0]];
    expect(wire<{ job_id: string }>(made).job_id).toBeTruthy();

    const vipPort = wire<{ port: Port }>(
      await vpc.createPort(
        new CreatePortRequest().withBody(
          new CreatePortRequestBody().withPort(
            new CreatePortOption().withNetworkId(subnet.id).withDeviceOwner('neutron:VIP_PORT').withName('sdk-vip').withFixedIps([new FixedIp().withSubnetId(subnet.neutron_subnet_id)]),
          ),
        ),
      ),
    ).port;
    expect(vipPort.fixed_ips).toEqual([{ subnet_id: subnet.neutron_subnet_id, ip_address: '10.8.1.2' }]);
    expect(vipPort.device_owner).toBe('neutron:VIP_PORT');
    expect(vipPort.status).toBe('DOWN');

    const bound = await vpc.updatePort(
      new UpdatePortRequest()
        .withPortId(vipPort.id)
        .withBody(new UpdatePortRequestBody().withPort(new UpdatePortOption().withAllowedAddressPairs([new AllowedAddressPair('10.8.1.10'), new AllowedAddressPair('10.8.1.11')]))),
    );
    expect(wire<{ port: Port }>(bound).port.allowed_address_pairs).toEqual([{ ip_address: '10.8.1.10' }, { ip_address: '10.8.1.11' }]);

    // Binding did not touch the NICs: the check is still on until each NIC gets the sentinel.
    const nics = wire<{ ports: Port[] }>(await vpc.listPorts(new ListPortsRequest().withNetworkId(subnet.id).withDeviceOwner('compute:cn-north-4a'))).ports;
    expect(nics.map((n) => n.fixed_ips[0].ip_address).sort()).toEqual(['10.8.1.10', '10.8.1.11']);
    expect(nics.every((n) => n.allowed_address_pairs.length === 0)).toBe(true);
    for (const nic of nics) {
      const off = await vpc.updatePort(
        new UpdatePortRequest().withPortId(nic.id).withBody(new UpdatePortRequestBody().withPort(new UpdatePortOption().withAllowedAddressPairs([new AllowedAddressPair('1.1.1.1/0')]))),
      );
      expect(wire<{ port: Port }>(off).port.allowed_address_pairs).toEqual([{ ip_address: '1.1.1.1/0' }]);
    }

    const byIp = wire<{ ports: Port[] }>(await vpc.listPorts(new ListPortsRequest().withFixedIps(['ip_address=10.8.1.10', 'ip_address=10.8.2.10'])));
    expect(byIp.ports.map((p) => p.fixed_ips[0].ip_address).sort()).toEqual(['10.8.1.10', '10.8.2.10']);
    const vips = await vpc.listPorts(new ListPortsRequest().withDeviceOwner('neutron:VIP_PORT'));
    expect(wire<{ ports: Port[] }>(vips).ports.map((p) => p.id)).toEqual([vipPort.id]);
    const ofServer = await vpc.listPorts(new ListPortsRequest().withDeviceId(idA));
    expect(wire<{ ports: Port[] }>(ofServer).ports.map((p) => p.fixed_ips[0].ip_address)).toEqual(['10.8.1.10']);

    const privateIps = await vpc.listPrivateips(new ListPrivateipsRequest().withSubnetId(subnet.id));
    const addresses = wire<{ privateips: PrivateIp[] }>(privateIps).privateips.map((p) => p.ip_address);
    expect(addresses).toEqual(expect.arrayContaining(['10.8.1.1', '10.8.1.2', '10.8.1.10', '10.8.1.11', '10.8.1.253', '10.8.1.254']));

    const interfaces = await ecs.listServerInterfaces(new ListServerInterfacesRequest().withServerId(idB));
    const attachments = wire<{ interfaceAttachments: InterfaceAttachment[] }>(interfaces).interfaceAttachments;
    expect(attachments.map((i) => i.fixed_ips[0].ip_address)).toEqual(['10.8.1.11']);
    expect(attachments[0].net_id).toBe(subnet.id);

    const list = await ecs.listServersDetails(new ListServersDetailsRequest().withLimit(2).withOffset(1));
    expect(list.count).toBe(3);
    expect(list.servers!.map((s) => s.name)).toEqual(['sdk-c', 'sdk-b']);
    const page2 = await ecs.listServersDetails(new ListServersDetailsRequest().withLimit(2).withOffset(2));
    const page2Servers = wire<{ servers: Server[] }>(page2).servers;
    expect(page2Servers.map((s) => s.id)).toEqual([idA]);
    expect(page2Servers[0].addresses[vpcId].map((a) => a.addr)).toEqual(['10.8.1.10']);

    // Refusals: a used IP, and a cross-subnet bind.
    const used = await sdkError(() =>
      vpc.createPort(
        new CreatePortRequest().withBody(
          new CreatePortRequestBody().withPort(new CreatePortOption().withNetworkId(subnet.id).withDeviceOwner('neutron:VIP_PORT').withFixedIps([new FixedIp().withIpAddress('10.8.1.10')])),
        ),
      ),
    );
    expect(used.httpStatusCode).toBe(409);
    expect(used.errorCode).toBe('VPC.0701');
    expect(used.errorMsg).toMatch(/sdk-a/);

    const cross = await sdkError(() =>
      vpc.updatePort(
        new UpdatePortRequest()
          .withPortId(vipPort.id)
          .withBody(new UpdatePortRequestBody().withPort(new UpdatePortOption().withAllowedAddressPairs([new AllowedAddressPair('10.8.1.10'), new AllowedAddressPair('10.8.2.10')]))),
      ),
    );
    expect(cross.httpStatusCode).toBe(400);
    expect(cross.errorCode).toBe('VPC.2500');
    expect(cross.errorMsg).toMatch(/sdk-c \(10\.8\.2\.10\) is in subnet sdk-other/);
    // ...and the refused bind changed nothing.
    const unchanged = await vpc.listPorts(new ListPortsRequest().withDeviceOwner('neutron:VIP_PORT'));
    expect(wire<{ ports: Port[] }>(unchanged).ports[0].allowed_address_pairs).toEqual([{ ip_address: '10.8.1.10' }, { ip_address: '10.8.1.11' }]);
    expect(idC).toBeTruthy();

    // Every call was AK/SK signed, and logged by the server.
    expect(log.some((l) => l.includes(`/v1/${project}/ports`))).toBe(true);
  });

  it("a bind made with a user's own AK/SK is logged with that user; a read-only user's is refused with 403", async () => {
    const team = crypto.randomUUID().replace(/-/g, '');
    const api = (method: string, p: string, body?: unknown) =>
      fetch(`${server.url}${p}`, { method, headers: { 'x-auth-token': 'x', 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.json());
    await api('POST', `/console/v1/${team}/demo-data`, { action: 'reset' });
    const operator = (await api('POST', `/console/v1/${team}/users`, { user: { name: 'operator', role: 'Administrator' } })).user;
    const viewer = (await api('POST', `/console/v1/${team}/users`, { user: { name: 'viewer', role: 'Read-only' } })).user;
    const clientOf = (user: { access_key: string; secret_key: string }) =>
      VpcClient.newBuilder().withCredential(new BasicCredentials().withAk(user.access_key).withSk(user.secret_key).withProjectId(team)).withEndpoint(server.url).build();
    const ports = wire<{ ports: Port[] }>(await clientOf(viewer).listPorts(new ListPortsRequest())).ports;
    const vip = ports.find((p) => p.name === 'vip-web')!;
    const bind = (client: VpcClient) =>
      client.updatePort(
        new UpdatePortRequest().withPortId(vip.id).withBody(new UpdatePortRequestBody().withPort(new UpdatePortOption().withAllowedAddressPairs([new AllowedAddressPair('192.168.0.11')]))),
      );

    const refused = await sdkError(() => bind(clientOf(viewer)));
    expect(refused.httpStatusCode).toBe(403);
    expect(refused.errorMsg).toMatch(/vpc:ports:update/);
    await bind(clientOf(operator));

    const traces = (await api('GET', `/console/v1/${team}/operations?resource_id=${vip.id}`)).traces;
    expect(traces.map((t: { trace_name: string; code: string; user: { name: string }; client: string }) => [t.trace_name, t.code, t.user.name, t.client])).toEqual([
      ['updatePort', '200', 'operator', 'huawei-sdk'],
      ['updatePort', '403', 'viewer', 'huawei-sdk'],
    ]);
  });
});
