import { describe, expect, it } from 'vitest';
import { serverCascade, type CascadeInput } from './server-cascade';

const servers: Record<string, { name: string; status?: string }> = {
  w1: { name: 'ecs-web-01', status: 'ACTIVE' },
  w2: { name: 'ecs-web-02', status: 'ACTIVE' },
  w3: { name: 'ecs-web-03', status: 'ACTIVE' },
  db: { name: 'ecs-db-01', status: 'ACTIVE' },
};
const nicOf = { w1: '192.168.0.11', w2: '192.168.0.12', w3: '192.168.0.13', db: '192.168.1.11' } as Record<string, string>;
const haWeb = { id: 'g1', name: 'ha-web', vipPortId: 'vip-ha', members: [
  { server_id: 'w1', role: 'active' as const, priority: 150 },
  { server_id: 'w2', role: 'standby' as const, priority: 100 },
] };
const input = (action: CascadeInput['action'], ids: string[], over: Partial<CascadeInput> = {}): CascadeInput => ({
  action,
  servers: ids.map((id) => ({ id, name: servers[id].name })),
  nics: ids.map((id) => ({ serverId: id, ip: nicOf[id], networkId: id === 'db' ? 'net-db' : 'net-web' })),
  vips: [
    { id: 'vip-ha', name: 'vip-ha', ip: '192.168.0.50', networkId: 'net-web', boundIps: ['192.168.0.11', '192.168.0.12'] },
    { id: 'vip-web', name: 'vip-web', ip: '192.168.0.100', networkId: 'net-web', boundIps: [] },
  ],
  groups: [haWeb],
  otherServer: (id) => servers[id],
  ...over,
});

describe('serverCascade (what deleting or stopping servers does)', () => {
  it('deleting the active member of ha-web: the VIP loses a binding, the group fails over and becomes incomplete', () => {
    expect(serverCascade(input('delete', ['w1']))).toMatchObject([
      { kind: 'vip', id: 'vip-ha', name: 'vip-ha', message: 'virtual IP vip-ha (192.168.0.50) is bound to ecs-web-01 (192.168.0.11): that binding is removed; it stays bound to 192.168.0.12.' },
      {
        kind: 'ha-group',
        id: 'g1',
        name: 'ha-web',
        role: 'active',
        message: 'ha-web loses its active member ecs-web-01: 192.168.0.50 fails over to ecs-web-02 (standby); the group becomes incomplete.',
      },
    ]);
  });

  it('stopping the active member: fails over until it is started again', () => {
    const [vip, group] = serverCascade(input('stop', ['w1']));
    expect(vip.message).toMatch(/while stopped, it cannot answer for it; the other bound NICs \(192\.168\.0\.12\) still can/);
    expect(group.message).toBe("ha-web's active member ecs-web-01 stops: 192.168.0.50 fails over to ecs-web-02 (standby) until it is started again.");
  });

  it('losing the standby leaves nothing to take over; a stopped standby cannot take the VIP', () => {
    expect(serverCascade(input('delete', ['w2']))[1].message).toBe(
      'ha-web loses its standby ecs-web-02: nothing is left to take over 192.168.0.50 if ecs-web-01 fails; the group becomes incomplete.',
    );
    const standbyStopped = input('delete', ['w1'], { otherServer: (id) => (id === 'w2' ? { name: 'ecs-web-02', status: 'SHUTOFF' } : servers[id]) });
    expect(serverCascade(standbyStopped)[1].message).toMatch(/no other member can take 192\.168\.0\.50, so it stops answering/);
  });

  it('a batch of both members: the VIP is left bound to no server', () => {
    const all = serverCascade(input('delete', ['w1', 'w2']));
    expect(all[0].message).toMatch(/bound to ecs-web-01 \(192\.168\.0\.11\) and ecs-web-02 \(192\.168\.0\.12\).*bound to no server/);
    expect(all.filter((c) => c.kind === 'ha-group').map((c) => c.role)).toEqual(['active', 'standby']);
    expect(all[1].message).toMatch(/no other member can take/);
  });

  it('a server with no VIP and no group has no consequence (the plain confirmation stays)', () => {
    expect(serverCascade(input('delete', ['w3']))).toEqual([]);
    expect(serverCascade(input('stop', ['db']))).toEqual([]);
  });

  it('the same address in another subnet is not a binding', () => {
    const other = input('delete', ['db'], { nics: [{ serverId: 'db', ip: '192.168.0.11', networkId: 'net-db' }] });
    expect(serverCascade(other)).toEqual([]);
  });
});
