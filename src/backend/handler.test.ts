import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../contract';
import { createBackend } from './handler';
import { makeHarness, newProjectId } from './test-harness';
import type { Store } from './store';

const AKSK = {
  authorization: `SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, Signature=${'ab'.repeat(32)}`,
  'x-sdk-date': '20240501T100000Z',
};

describe('auth', () => {
  it('refuses a request without credentials with 401 VPC.0008 and both error pairs', async () => {
    const h = await makeHarness();
    const r = await h.call('GET', `/v1/${newProjectId()}/vpcs`, undefined, {});
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'VPC.0008', error_code: 'VPC.0008' });
    expect(r.body.message).toBe(r.body.error_msg);
    expect(r.body.message).toMatch(/X-Auth-Token/);
  });

  it('answers the ECS form on ECS paths', async () => {
    const h = await makeHarness();
    const r = await h.call('GET', `/v1/${newProjectId()}/cloudservers/detail`, undefined, {});
    expect(r.status).toBe(401);
    expect(r.body.error.code).toMatch(/^Ecs\./);
    expect(r.body.code).toBeUndefined();
  });

  it('refuses a blank X-Auth-Token', async () => {
    const h = await makeHarness();
    expect((await h.call('GET', `/v1/${newProjectId()}/vpcs`, undefined, { 'x-auth-token': '  ' })).status).toBe(401);
  });

  it('accepts an AK/SK signature of the SDK form, and refuses a malformed one', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    expect((await h.call('GET', `/v1/${p}/vpcs`, undefined, AKSK)).status).toBe(200);
    const bad = await h.call('GET', `/v1/${p}/vpcs`, undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(bad.status).toBe(401);
    const noDate = await h.call('GET', `/v1/${p}/vpcs`, undefined, { authorization: AKSK.authorization });
    expect(noDate.status).toBe(401);
    expect(noDate.body.message).toMatch(/X-Sdk-Date/);
  });
});

describe('routing and bodies', () => {
  it('answers 404 for an unknown path and 405 for a wrong method', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const none = await h.call('GET', `/v1/${p}/nothing-here`);
    expect(none.status).toBe(404);
    expect(none.body.error_code).toBe('APIGW.0101');
    const wrong = await h.call('PATCH', `/v1/${p}/vpcs`);
    expect(wrong.status).toBe(405);
    expect(wrong.body.message).toMatch(/use GET or POST/);
    expect(wrong.headers.allow).toBe('GET, POST');
  });

  it('refuses malformed JSON, an empty body and a wrong shape with 400 naming the field', async () => {
    const h = await makeHarness();
    const p = newProjectId();
    const broken = await h.call('POST', `/v1/${p}/vpcs`, '{"vpc": {');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/not valid JSON/);
    const empty = await h.call('POST', `/v1/${p}/vpcs`, '');
    expect(empty.status).toBe(400);
    const wrongType = await h.call('POST', `/v1/${p}/vpcs`, { vpc: { name: 'a', cidr: 5 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toBe('vpc.cidr: expected a string, got number 5.');
    const missing = await h.call('POST', `/v1/${p}/subnets`, { subnet: { name: 'a', cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1' } });
    expect(missing.body.message).toBe('subnet.vpc_id is required.');
    const array = await h.call('POST', `/v1/${p}/vpcs`, [1, 2]);
    expect(array.status).toBe(400);
  });

  it('refuses a path without a real project id (the SDK sends {project_id} when it has none)', async () => {
    const h = await makeHarness();
    const r = await h.call('GET', '/v1/%7Bproject_id%7D/vpcs');
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(
      '"{project_id}" is not a project id. Use letters, digits, "-" and "_" only (a Huawei project ID is 32 hexadecimal characters). The SDK sends "{project_id}" when it was given none.',
    );
    const long = await h.call('GET', `/v1/${'x'.repeat(65)}/vpcs`);
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/Use at most 64 characters\./);
  });

  it('turns an unexpected error into a 500, never a rejection', async () => {
    const broken: Store = {
      read: () => Promise.reject(new Error('disk on fire')),
      write: () => Promise.reject(new Error('disk on fire')),
      dump: () => Promise.reject(new Error('x')),
      load: () => Promise.reject(new Error('x')),
      close: () => {},
    };
    const backend = createBackend({ store: broken });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const r = await backend.handle({ method: 'GET', path: `/v1/${newProjectId()}/vpcs`, query: new URLSearchParams(), headers: { 'x-auth-token': 't' } });
      expect(r.status).toBe(500);
      expect((r.body as { error_msg: string }).error_msg).toMatch(/disk on fire.*bug/);
      const ecs = await backend.handle({ method: 'GET', path: `/v1/${newProjectId()}/cloudservers/detail`, query: new URLSearchParams(), headers: { 'x-auth-token': 't' } });
      expect(ecs.status).toBe(500);
      expect((ecs.body as { error: { code: string } }).error.code).toBe('Ecs.0500');
    } finally {
      console.error = original;
    }
    expect(errors.length).toBe(2);
  });
});

describe('projects', () => {
  it('seeds the demo project on first use, once', async () => {
    const h = await makeHarness();
    const first = await h.call('GET', `/v1/${DEMO_PROJECT_ID}/cloudservers/detail`);
    expect(first.body.count).toBe(6);
    const again = await h.call('GET', `/v1/${DEMO_PROJECT_ID}/cloudservers/detail`);
    expect(again.body.count).toBe(6);
    const names = first.body.servers.map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(['ecs-db-01', 'ecs-db-02', 'ecs-web-01', 'ecs-web-02', 'ecs-web-03', 'ecs-web-04']);
  });

  it('gives the demo stable ids across databases, and other projects random ones', async () => {
    const a = await makeHarness();
    const b = await makeHarness();
    const idsOf = async (h: typeof a, p: string) => (await h.call('GET', `/v1/${p}/vpcs`)).body.vpcs.map((v: { id: string }) => v.id);
    expect(await idsOf(a, DEMO_PROJECT_ID)).toEqual(await idsOf(b, DEMO_PROJECT_ID));
    const p = newProjectId();
    await a.call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' });
    await b.call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' });
    expect(await idsOf(a, p)).not.toEqual(await idsOf(b, p));
  });

  it('isolates projects: a new project is empty and cannot reach the demo objects by id', async () => {
    const h = await makeHarness();
    const demoVpc = (await h.call('GET', `/v1/${DEMO_PROJECT_ID}/vpcs`)).body.vpcs[0];
    const demoPort = (await h.call('GET', `/v1/${DEMO_PROJECT_ID}/ports`)).body.ports[0];
    const other = newProjectId();
    for (const path of ['vpcs', 'subnets', 'ports', 'publicips']) {
      const r = await h.call('GET', `/v1/${other}/${path}`);
      expect(Object.values(r.body)[0]).toEqual([]);
    }
    expect((await h.call('GET', `/v1/${other}/cloudservers/detail`)).body).toEqual({ count: 0, servers: [] });
    expect((await h.call('GET', `/v1/${other}/vpcs/${demoVpc.id}`)).status).toBe(404);
    expect((await h.call('GET', `/v1/${other}/ports/${demoPort.id}`)).status).toBe(404);
    expect((await h.call('DELETE', `/v1/${other}/vpcs/${demoVpc.id}`)).status).toBe(404);
    const neutron = await h.call('GET', '/v2.0/ports', undefined, { 'x-auth-token': 't', 'x-project-id': other });
    expect(neutron.body.ports).toEqual([]);
  });
});

describe('unknown ids', () => {
  it.each([
    ['GET', '/v1/P/vpcs/nope', undefined, 'VPC.0003'],
    ['PUT', '/v1/P/vpcs/nope', { vpc: { name: 'x' } }, 'VPC.0003'],
    ['DELETE', '/v1/P/vpcs/nope', undefined, 'VPC.0003'],
    ['GET', '/v1/P/subnets/nope', undefined, 'VPC.0202'],
    ['PUT', '/v1/P/vpcs/v/subnets/nope', { subnet: { name: 'x' } }, 'VPC.0202'],
    ['DELETE', '/v1/P/vpcs/v/subnets/nope', undefined, 'VPC.0202'],
    ['GET', '/v1/P/subnets/nope/privateips', undefined, 'VPC.0202'],
    ['GET', '/v1/P/ports/nope', undefined, 'VPC.2502'],
    ['PUT', '/v1/P/ports/nope', { port: { name: 'x' } }, 'VPC.2502'],
    ['DELETE', '/v1/P/ports/nope', undefined, 'VPC.2502'],
    ['GET', '/v1/P/publicips/nope', undefined, 'VPC.1200'],
    ['PUT', '/v1/P/publicips/nope', { publicip: { port_id: '' } }, 'VPC.1200'],
    ['DELETE', '/v1/P/publicips/nope', undefined, 'VPC.1200'],
    ['GET', '/v1/P/cloudservers/nope', undefined, 'Ecs.0114'],
    ['GET', '/v1/P/cloudservers/nope/os-interface', undefined, 'Ecs.0114'],
    ['GET', '/v1/P/jobs/nope', undefined, 'Ecs.0114'],
    ['GET', '/console/v1/P/ha-groups/nope', undefined, 'Console.0404'],
    ['DELETE', '/console/v1/P/ha-groups/nope', undefined, 'Console.0404'],
  ])('%s %s answers 404 %s', async (method, path, body, code) => {
    const h = await makeHarness();
    const r = await h.call(method, path.replace('/P/', `/${newProjectId()}/`), body);
    expect(r.status).toBe(404);
    expect(r.body.error_code ?? r.body.error.code).toBe(code);
  });
});
