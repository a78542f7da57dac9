import { describe, expect, it } from 'vitest';
import { TOKEN_HEADERS, demoProject, makeHarness } from '../test-harness';

async function setup() {
  const h = await makeHarness();
  return { h, ...(await demoProject(h)) };
}

const ifMatch = (etag: string) => ({ ...TOKEN_HEADERS, 'if-match': etag });

describe('ETag and If-Match', () => {
  it('every single resource answers a quoted ETag that changes with each write and only then', async () => {
    const { h, p, vip, vpc, web, eips, servers } = await setup();
    for (const path of [`/v1/${p}/ports/${vip.id}`, `/v2.0/ports/${vip.id}?project_id=${p}`, `/v1/${p}/vpcs/${vpc.id}`, `/v1/${p}/subnets/${web.id}`, `/v1/${p}/publicips/${eips[0].id}`, `/v1/${p}/cloudservers/${servers['ecs-web-01'].id}`]) {
      const r = await h.call('GET', path);
      expect(r.status, path).toBe(200);
      expect(r.headers.etag, path).toMatch(/^"[^"]+"$/);
    }
    const first = (await h.call('GET', `/v1/${p}/ports/${vip.id}`)).headers.etag;
    expect((await h.call('GET', `/v1/${p}/ports/${vip.id}`)).headers.etag).toBe(first);
    const put = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'renamed' } });
    expect(put.headers.etag).not.toBe(first);
    expect((await h.call('GET', `/v1/${p}/ports/${vip.id}`)).headers.etag).toBe(put.headers.etag);
    expect(put.body.port.rev).toBeUndefined();
  });

  it('a PUT with a stale If-Match answers 412 Console.PreconditionFailed and changes nothing; the current one goes through', async () => {
    const { h, p, vip } = await setup();
    const stale = (await h.call('GET', `/v1/${p}/ports/${vip.id}`)).headers.etag;
    const other = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.13' }] } }, ifMatch(stale));
    expect(other.status).toBe(200);
    const refused = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [{ ip_address: '192.168.0.14' }] } }, ifMatch(stale));
    expect(refused.status).toBe(412);
    expect(refused.body).toMatchObject({ code: 'Console.PreconditionFailed', error_code: 'Console.PreconditionFailed' });
    expect(refused.body.message).toMatch(/vip-web.*changed since it was read/);
    const now = await h.call('GET', `/v1/${p}/ports/${vip.id}`);
    expect(now.body.port.allowed_address_pairs).toEqual([{ ip_address: '192.168.0.13' }]);
    expect((await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'x' } }, ifMatch(now.headers.etag))).status).toBe(200);
    expect((await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'y' } }, ifMatch('*'))).status).toBe(200);
    expect((await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { name: 'z' } }, ifMatch(`W/${now.headers.etag}`))).status).toBe(412);
  });

  it('two clients that read, then write the whole pair list with If-Match, never lose a binding', async () => {
    const { h, p, vip } = await setup();
    const read = () => h.call('GET', `/v1/${p}/ports/${vip.id}`);
    const [a, b] = await Promise.all([read(), read()]);
    const bind = async (seen: Awaited<ReturnType<typeof read>>, ip: string): Promise<number> => {
      let current = seen;
      for (let attempt = 0; attempt < 3; attempt++) {
        const pairs = [...current.body.port.allowed_address_pairs, { ip_address: ip }];
        const r = await h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: pairs } }, ifMatch(current.headers.etag));
        if (r.status !== 412) return r.status;
        current = await read();
      }
      return 412;
    };
    expect(await Promise.all([bind(a, '192.168.0.13'), bind(b, '192.168.0.14')])).toEqual([200, 200]);
    const pairs = (await read()).body.port.allowed_address_pairs.map((x: { ip_address: string }) => x.ip_address).sort();
    expect(pairs).toEqual(['192.168.0.13', '192.168.0.14']);
  });

  it('guards DELETE and PUT on every writable resource the same way', async () => {
    const { h, p, vpc, web, eips, vip, servers, nic } = await setup();
    const group = (
      await h.call('POST', `/console/v1/${p}/ha-groups`, {
        ha_group: {
          name: 'ha-web',
          mode: 'ha',
          vip_port_id: vip.id,
          members: [
            { server_id: servers['ecs-web-01'].id, port_id: nic('ecs-web-01').id, role: 'active', priority: 150 },
            { server_id: servers['ecs-web-02'].id, port_id: nic('ecs-web-02').id, role: 'standby', priority: 100 },
          ],
          virtual_router_id: 51,
        },
      })
    ).body.ha_group;
    const cases = [
      { get: `/v1/${p}/vpcs/${vpc.id}`, put: `/v1/${p}/vpcs/${vpc.id}`, body: { vpc: { description: 'd' } } },
      { get: `/v1/${p}/subnets/${web.id}`, put: `/v1/${p}/vpcs/${vpc.id}/subnets/${web.id}`, body: { subnet: { name: 'subnet-web', description: 'd' } } },
      { get: `/v1/${p}/publicips/${eips[0].id}`, put: `/v1/${p}/publicips/${eips[0].id}`, body: { publicip: { alias: 'a' } } },
      { get: `/console/v1/${p}/ha-groups/${group.id}`, put: `/console/v1/${p}/ha-groups/${group.id}`, body: { ha_group: { name: 'ha-web-2' } } },
    ];
    for (const c of cases) {
      const stale = (await h.call('GET', c.get)).headers.etag;
      const changed = await h.call('PUT', c.put, c.body, ifMatch(stale));
      expect(changed.status, c.put).toBe(200);
      expect((await h.call('PUT', c.put, c.body, ifMatch(stale))).status, c.put).toBe(412);
      expect((await h.call('DELETE', c.put, undefined, ifMatch(stale))).status, c.put).toBe(412);
      expect((await h.call('GET', c.get)).status, c.get).toBe(200);
    }
    const current = (await h.call('GET', `/console/v1/${p}/ha-groups/${group.id}`)).headers.etag;
    expect((await h.call('DELETE', `/console/v1/${p}/ha-groups/${group.id}`, undefined, ifMatch(current))).status).toBe(204);
  });
});
