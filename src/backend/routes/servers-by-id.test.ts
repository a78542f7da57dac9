import { describe, expect, it } from 'vitest';
import { demoProject, makeHarness, newProjectId } from '../test-harness';

describe('ECS list: server_id', () => {
  it('lists only the servers named (comma-separated or repeated), of this project, with the other filters and paging', async () => {
    const h = await makeHarness();
    const { p } = await demoProject(h);
    const all = (await h.call('GET', `/v1/${p}/cloudservers/detail`)).body.servers as { id: string; name: string }[];
    const id = (name: string) => all.find((s) => s.name === name)!.id;
    const names = async (q: string) => {
      const r = await h.call('GET', `/v1/${p}/cloudservers/detail?${q}`);
      expect(r.status, q).toBe(200);
      return { count: r.body.count as number, names: (r.body.servers as { name: string }[]).map((s) => s.name) };
    };
    expect(await names(`server_id=${id('ecs-web-01')},${id('ecs-db-02')}`)).toEqual({ count: 2, names: ['ecs-db-02', 'ecs-web-01'] });
    expect(await names(`server_id=${id('ecs-web-01')}&server_id=${id('ecs-web-03')}&sort_key=name&sort_dir=asc`)).toEqual({ count: 2, names: ['ecs-web-01', 'ecs-web-03'] });
    expect(await names(`server_id=${id('ecs-web-01')},${id('ecs-web-01')},no-such-server`)).toEqual({ count: 1, names: ['ecs-web-01'] });
    expect(await names(`server_id=${id('ecs-web-01')},${id('ecs-db-01')}&name=db`)).toEqual({ count: 1, names: ['ecs-db-01'] });
    expect(await names(`server_id=${all.map((s) => s.id).join(',')}&limit=4&offset=2`)).toEqual({ count: 6, names: ['ecs-web-02', 'ecs-web-01'] });
    expect(await names('server_id=')).toEqual({ count: 0, names: [] });
    // Another project's ids are not found there.
    expect((await h.call('GET', `/v1/${newProjectId()}/cloudservers/detail?server_id=${id('ecs-web-01')}`)).body).toEqual({ count: 0, servers: [] });
  });

  it('refuses more than 1000 ids with an ECS 400 that says the limit', async () => {
    const h = await makeHarness();
    const { p } = await demoProject(h);
    const ids = Array.from({ length: 1001 }, (_, i) => `id-${i}`).join(',');
    const r = await h.call('GET', `/v1/${p}/cloudservers/detail?server_id=${ids}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ code: 'Ecs.0005', message: 'server_id names 1001 servers; name at most 1000 per request.' });
  });
});
