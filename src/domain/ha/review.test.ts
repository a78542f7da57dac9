import { describe, expect, it } from 'vitest';
import { defaultPriorities, freeRouterId, reviewBlocksApply, reviewHaSetup, type ReviewCheckId, type ReviewInput, type ReviewMember } from './review';

const member = (serverName: string, role: ReviewMember['role'], priority: number, extra: Partial<ReviewMember> = {}): ReviewMember => ({
  serverName,
  role,
  priority,
  nicIp: '192.168.0.10',
  nicNetworkId: 'subnet-web',
  nicSubnetName: 'subnet-web',
  sourceDestCheckOn: false,
  nicsInVipSubnet: 1,
  otherVipCount: 0,
  ...extra,
});

const haInput = (changes: Partial<ReviewInput> = {}): ReviewInput => ({
  mode: 'ha',
  vip: { ip: '192.168.0.100', networkId: 'subnet-web', subnetName: 'subnet-web' },
  members: [member('ecs-web-01', 'active', 150), member('ecs-web-02', 'standby', 100)],
  otherBoundServers: 0,
  virtualRouterId: 51,
  routerIdsInSubnet: [{ id: 52, groupName: 'other' }],
  ...changes,
});

const lvsInput = (changes: Partial<ReviewInput> = {}): ReviewInput =>
  haInput({
    mode: 'lvs-dr',
    members: [member('d1', 'director', 150), member('d2', 'director', 100), member('r1', 'backend', 0), member('r2', 'backend', 0)],
    ...changes,
  });

const status = (input: ReviewInput, id: ReviewCheckId) => reviewHaSetup(input).find((c) => c.id === id)!;

describe('HA review checks', () => {
  it('roles: passes for 1 active + standby, fails without standby, fails for a server chosen twice', () => {
    expect(status(haInput(), 'roles').status).toBe('pass');
    expect(status(haInput({ members: [member('a', 'active', 150)] }), 'roles')).toMatchObject({ status: 'fail', detail: 'Choose at least one standby server.' });
    expect(status(haInput({ members: [member('a', 'active', 150), member('a', 'standby', 100)] }), 'roles').detail).toContain('a is chosen twice');
  });

  it('roles (LVS-DR): passes for 2 directors + 2 real servers, fails with one real server', () => {
    expect(status(lvsInput(), 'roles').status).toBe('pass');
    const input = lvsInput();
    input.members = input.members.slice(0, 3);
    expect(status(input, 'roles')).toMatchObject({ status: 'fail', detail: 'Choose at least two real servers behind the directors.' });
  });

  it('same subnet: passes inside, fails naming the server and both subnets', () => {
    expect(status(haInput(), 'same-subnet').status).toBe('pass');
    const input = haInput({ members: [member('ecs-web-01', 'active', 150), member('ecs-db-01', 'standby', 100, { nicNetworkId: 'subnet-db', nicSubnetName: 'subnet-db' })] });
    const result = status(input, 'same-subnet');
    expect(result.status).toBe('fail');
    expect(result.detail).toContain('ecs-db-01 (subnet-db)');
    expect(result.detail).toContain('(subnet-web)');
  });

  it('source/destination check: passes when off everywhere, warns naming the NICs it will turn off', () => {
    expect(status(haInput(), 'source-dest-check').status).toBe('pass');
    const result = status(haInput({ members: [member('a', 'active', 150, { sourceDestCheckOn: true }), member('b', 'standby', 100)] }), 'source-dest-check');
    expect(result).toMatchObject({ status: 'warn' });
    expect(result.detail).toContain('On for a');
  });

  it('several NICs in the subnet: passes with one, warns with two', () => {
    expect(status(haInput(), 'several-nics').status).toBe('pass');
    expect(status(haInput({ members: [member('a', 'active', 150, { nicsInVipSubnet: 2 }), member('b', 'standby', 100)] }), 'several-nics').status).toBe('warn');
  });

  it('servers per VIP: passes at 10, warns at 11', () => {
    expect(status(haInput({ otherBoundServers: 8 }), 'servers-per-vip').status).toBe('pass');
    expect(status(haInput({ otherBoundServers: 9 }), 'servers-per-vip').status).toBe('warn');
  });

  it('VIPs per server: passes at 8, warns at 9', () => {
    expect(status(haInput({ members: [member('a', 'active', 150, { otherVipCount: 7 }), member('b', 'standby', 100)] }), 'vips-per-server').status).toBe('pass');
    expect(status(haInput({ members: [member('a', 'active', 150, { otherVipCount: 8 }), member('b', 'standby', 100)] }), 'vips-per-server').status).toBe('warn');
  });

  it('IP forwarding: warns for HA standbys, passes for LVS-DR (no standby role)', () => {
    expect(status(haInput(), 'standby-forwarding')).toMatchObject({ status: 'warn' });
    expect(status(haInput(), 'standby-forwarding').detail).toContain('ecs-web-02');
    expect(status(lvsInput(), 'standby-forwarding').status).toBe('pass');
  });

  it('priorities: pass when distinct and 50 apart, warn when close, fail when equal or out of range', () => {
    expect(status(haInput(), 'priorities').status).toBe('pass');
    expect(status(haInput({ members: [member('a', 'active', 120), member('b', 'standby', 100)] }), 'priorities').status).toBe('warn');
    expect(status(haInput({ members: [member('a', 'active', 100), member('b', 'standby', 100)] }), 'priorities')).toMatchObject({ status: 'fail' });
    expect(status(haInput({ members: [member('a', 'active', 255), member('b', 'standby', 100)] }), 'priorities').detail).toContain('1 to 254');
  });

  it('priorities: fail when a standby outranks the active server', () => {
    const result = status(haInput({ members: [member('a', 'active', 100), member('b', 'standby', 150)] }), 'priorities');
    expect(result.status).toBe('fail');
    expect(result.detail).toContain('b (standby, 150) outranks the active a (100)');
  });

  it('router id: passes when free, fails when another group of the subnet uses it or out of range', () => {
    expect(status(haInput(), 'router-id').status).toBe('pass');
    expect(status(haInput({ virtualRouterId: 52 }), 'router-id').detail).toContain('HA group other');
    expect(status(haInput({ virtualRouterId: 0 }), 'router-id').status).toBe('fail');
  });

  it('a fail blocks Apply; warnings do not', () => {
    expect(reviewBlocksApply(reviewHaSetup(haInput()))).toBe(false);
    expect(reviewBlocksApply(reviewHaSetup(haInput({ virtualRouterId: 52 })))).toBe(true);
  });

  it('suggests free router ids and default priorities', () => {
    expect(freeRouterId([51, 52])).toBe(53);
    expect(defaultPriorities(4)).toEqual([150, 100, 90, 80]);
  });
});
