/**
 * Authentication of `npm run api` when asked for: `--token` and `--ak/--sk`, driven by the official
 * Huawei Cloud SDK (which always signs with SDK-HMAC-SHA256) and by plain fetch. The SDK writes
 * ~/.huaweicloud: HOME points at a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { CreateVpcOption, CreateVpcRequest, CreateVpcRequestBody, ListPortsRequest, ListVpcsRequest, VpcClient } from '@huaweicloud/huaweicloud-sdk-vpc/v2/public-api';
import { EcsClient, ListServersDetailsRequest } from '@huaweicloud/huaweicloud-sdk-ecs/v2/public-api';
import { makeHarness, newProjectId } from '../src/backend/test-harness';
import { startApiServer, type RunningApiServer } from './api-server';
import { sdkError } from './sdk-errors';

const AK = 'TESTAK0000000000';
const SK = 'the-right-secret-key';
const TOKEN = 'the-right-token';

let home: string;
const originalHome = process.env.HOME;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'vip-auth-home-'));
  process.env.HOME = home;
});
afterAll(async () => {
  for (const close of closers) await close().catch(() => {});
  process.env.HOME = originalHome;
  await rm(home, { recursive: true, force: true });
});

async function start(auth: { token?: string; ak?: string; sk?: string }): Promise<RunningApiServer> {
  const s = await startApiServer({ port: 0, log: () => {}, ...auth });
  closers.push(() => s.close());
  return s;
}

function vpcClient(endpoint: string, project: string, sk = SK, ak = AK) {
  return VpcClient.newBuilder().withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(project)).withEndpoint(endpoint).build();
}


const createVpc = (client: VpcClient, name: string, cidr: string) =>
  client.createVpc(new CreateVpcRequest().withBody(new CreateVpcRequestBody().withVpc(new CreateVpcOption().withName(name).withCidr(cidr))));

/**
 * A pass-through proxy between the SDK and the server that may rewrite the body after the SDK signed
 * it (headers, host included, are forwarded as they are).
 */
async function proxyTo(target: RunningApiServer, rewrite: (body: string) => string): Promise<string> {
  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')));
      const headers = { ...req.headers, 'content-length': String(body.length) };
      const upstream = http.request({ host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
  // The SDK signs the host it is given: the server must see the same Host, so the proxy keeps it.
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

describe('--token', () => {
  it('takes exactly that X-Auth-Token; a wrong or missing one is 401 VPC.0008 (ECS form on ECS paths)', async () => {
    const s = await start({ token: TOKEN });
    const p = newProjectId();
    const get = (pathPart: string, headers: Record<string, string>) => fetch(`${s.url}/v1/${p}/${pathPart}`, { headers });
    expect((await get('vpcs', { 'X-Auth-Token': TOKEN })).status).toBe(200);
    for (const headers of [{ 'X-Auth-Token': 'wrong' }, { 'X-Auth-Token': `${TOKEN}x` }, {}] as Record<string, string>[]) {
      const r = await get('vpcs', headers);
      expect(r.status).toBe(401);
      expect(await r.json()).toMatchObject({ code: 'VPC.0008', error_code: 'VPC.0008' });
    }
    const ecs = await get('cloudservers/detail', { 'X-Auth-Token': 'wrong' });
    expect(ecs.status).toBe(401);
    expect(await ecs.json()).toEqual({ error: { code: 'Ecs.0008', message: 'The X-Auth-Token is not valid for this server.' } });
    // AK/SK is not configured: even a correctly signed SDK request is refused.
    const sdk = await sdkError(() => vpcClient(s.url, p).listVpcs(new ListVpcsRequest()));
    expect(sdk.httpStatusCode).toBe(401);
    expect(sdk.errorCode).toBe('VPC.0008');
    expect(sdk.errorMsg).toMatch(/does not take AK\/SK/);
  });
});

describe('--ak/--sk with the official SDK', () => {
  let s: RunningApiServer;
  beforeAll(async () => {
    s = await start({ ak: AK, sk: SK });
  });

  it('passes requests signed with the right SK: a body, a query with repeated keys, an ECS path', async () => {
    const p = newProjectId();
    const client = vpcClient(s.url, p);
    const made = (await createVpc(client, 'signed-vpc', '10.20.0.0/16')) as unknown as { vpc: { name: string } };
    expect(made.vpc.name).toBe('signed-vpc');
    const list = (await client.listVpcs(new ListVpcsRequest().withLimit(5))) as unknown as { vpcs: { name: string }[] };
    expect(list.vpcs.map((v) => v.name)).toEqual(['signed-vpc']);
    const ports = (await client.listPorts(new ListPortsRequest().withFixedIps(['ip_address=10.0.0.9', 'ip_address=10.0.0.1']).withDeviceOwner('neutron:VIP_PORT'))) as unknown as { ports: unknown[] };
    expect(ports.ports).toEqual([]);
    const ecs = EcsClient.newBuilder().withCredential(new BasicCredentials().withAk(AK).withSk(SK).withProjectId(p)).withEndpoint(s.url).build();
    expect((await ecs.listServersDetails(new ListServersDetailsRequest().withLimit(10).withOffset(1))).count).toBe(0);
  });

  it('refuses a wrong SK and an unknown AK with 401 VPC.0008, and changes nothing', async () => {
    const p = newProjectId();
    const wrongSk = await sdkError(() => createVpc(vpcClient(s.url, p, 'a-wrong-secret'), 'nope', '10.21.0.0/16'));
    expect(wrongSk.httpStatusCode).toBe(401);
    expect(wrongSk.errorCode).toBe('VPC.0008');
    expect(wrongSk.errorMsg).toMatch(/signature does not match/);
    const wrongAk = await sdkError(() => vpcClient(s.url, p, SK, 'OTHERAK').listVpcs(new ListVpcsRequest()));
    expect(wrongAk.httpStatusCode).toBe(401);
    expect(wrongAk.errorMsg).toMatch(/access key "OTHERAK" is not known/);
    const list = (await vpcClient(s.url, p).listVpcs(new ListVpcsRequest())) as unknown as { vpcs: unknown[] };
    expect(list.vpcs).toEqual([]);
    // A token is not configured: refused even if "any" token used to pass.
    const token = await fetch(`${s.url}/v1/${p}/vpcs`, { headers: { 'X-Auth-Token': 'anything' } });
    expect(token.status).toBe(401);
    expect((await token.json()).message).toMatch(/does not take X-Auth-Token/);
  });

  it('refuses a body changed after signing (401), while the same proxy passing the body unchanged works', async () => {
    const p = newProjectId();
    const honest = await proxyTo(s, (body) => body);
    const made = (await createVpc(vpcClient(honest, p), 'via-proxy', '10.22.0.0/16')) as unknown as { vpc: { cidr: string } };
    expect(made.vpc.cidr).toBe('10.22.0.0/16');
    const tampering = await proxyTo(s, (body) => body.replace('10.23.0.0/16', '10.99.0.0/16'));
    const tampered = await sdkError(() => createVpc(vpcClient(tampering, p), 'tampered', '10.23.0.0/16'));
    expect(tampered.httpStatusCode).toBe(401);
    expect(tampered.errorCode).toBe('VPC.0008');
    const list = (await vpcClient(s.url, p).listVpcs(new ListVpcsRequest())) as unknown as { vpcs: { name: string }[] };
    expect(list.vpcs.map((v) => v.name)).toEqual(['via-proxy']);
  });
});

describe('--token with --ak/--sk', () => {
  it('takes either the token or a valid signature', async () => {
    const s = await start({ token: TOKEN, ak: AK, sk: SK });
    const p = newProjectId();
    expect((await fetch(`${s.url}/v1/${p}/vpcs`, { headers: { 'X-Auth-Token': TOKEN } })).status).toBe(200);
    expect((await fetch(`${s.url}/v1/${p}/vpcs`, { headers: { 'X-Auth-Token': 'wrong' } })).status).toBe(401);
    await createVpc(vpcClient(s.url, p), 'both', '10.24.0.0/16');
    expect((await sdkError(() => vpcClient(s.url, p, 'wrong').listVpcs(new ListVpcsRequest()))).httpStatusCode).toBe(401);
  });
});

describe('X-Sdk-Date window (handler, clock pinned)', () => {
  /** Headers the SDK's own signer makes for GET `pathAndQuery`, signed now, lower-cased as a server sees them. */
  function sdkSigned(pathAndQuery: string, queryParams: Record<string, string> = {}): Record<string, string> {
    const signed = AKSKSigner.sign(
      { endpoint: `http://backend.test${pathAndQuery}`, method: 'GET', headers: {}, queryParams, data: undefined } as never,
      { getAk: () => AK, getSk: () => SK } as never,
    ) as Record<string, string>;
    return Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), String(v)]));
  }

  it('accepts a signature made up to 15 minutes from the server clock, and refuses one older', async () => {
    const p = newProjectId();
    const headers = sdkSigned(`/v1/${p}/vpcs`, { limit: '3' });
    const at = (offsetMinutes: number) => makeHarness({ auth: { ak: AK, sk: SK, now: () => Date.now() + offsetMinutes * 60_000 } });
    expect((await (await at(0)).call('GET', `/v1/${p}/vpcs?limit=3`, undefined, headers)).status).toBe(200);
    expect((await (await at(14)).call('GET', `/v1/${p}/vpcs?limit=3`, undefined, headers)).status).toBe(200);
    const late = await (await at(16)).call('GET', `/v1/${p}/vpcs?limit=3`, undefined, headers);
    expect(late.status).toBe(401);
    expect(late.body.message).toMatch(/more than 15 minutes/);
    const early = await (await at(-16)).call('GET', `/v1/${p}/vpcs?limit=3`, undefined, headers);
    expect(early.status).toBe(401);
    // Same signature, another query: the query is signed.
    expect((await (await at(0)).call('GET', `/v1/${p}/vpcs?limit=4`, undefined, headers)).status).toBe(401);
  });
});
