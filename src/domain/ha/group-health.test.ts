import { describe, expect, it } from 'vitest';
import { healthMember } from './fixtures';
import { groupHealth, type HealthInput, type HealthMember } from './group-health';

const member = healthMember;
const haWeb = (members: HealthMember[], over: Partial<HealthInput> = {}): HealthInput => ({
  name: 'ha-web',
  mode: 'ha',
  status: 'complete',
  hasApplyPlan: false,
  vipIp: '192.168.0.50',
  members,
  ...over,
});

describe('groupHealth (can each member do its part?)', () => {
  it('is complete when every member runs, is bound and has the check off', () => {
    const h = groupHealth(haWeb([member('ecs-web-1', 'active'), member('ecs-web-2', 'standby')]));
    expect(h.state).toBe('complete');
    expect(h.label).toBe('Complete');
    expect(h.problems).toEqual([]);
    expect(h.members.map((m) => m.verdict)).toEqual(['Can hold the VIP', 'Can hold the VIP']);
  });

  it('a stopped active member: degraded, the alert names it and says to start it', () => {
    const h = groupHealth(haWeb([member('ecs-web-1', 'active', { server: 'SHUTOFF' }), member('ecs-web-2', 'standby')]));
    expect(h.state).toBe('degraded');
    expect(h.members[0]).toMatchObject({ state: 'stopped', ok: false, verdict: 'Stopped: cannot hold the VIP' });
    expect(h.problems).toMatchObject([{ serverId: 'id-ecs-web-1', message: 'ecs-web-1 is stopped, so it cannot hold the VIP: start it.' }]);
    expect(h.problems[0].text).toEqual({ key: 'fix.stopped', values: { name: 'ecs-web-1', cannot: { key: 'cannot.holdVip', values: {} } } });
  });

  it('a deleted or unbound member makes the group incomplete', () => {
    const deleted = groupHealth(haWeb([member('ecs-web-1', 'active', { server: 'deleted' }), member('ecs-web-2', 'standby')]));
    expect(deleted.state).toBe('incomplete');
    expect(deleted.problems[0].message).toMatch(/ecs-web-1 was deleted: edit the members/);
    const unbound = groupHealth(haWeb([member('ecs-web-1', 'active'), member('ecs-web-2', 'standby', { inVipPairs: false })]));
    expect(unbound.state).toBe('incomplete');
    expect(unbound.members[1]).toMatchObject({ state: 'unbound', ok: false });
    expect(unbound.problems[0].message).toMatch(/NIC 192\.168\.0\.2 of ecs-web-2 is not bound to the VIP.*Retry the setup/);
  });

  it('a group whose active member was removed says it has none, and that failover is gone', () => {
    const h = groupHealth(haWeb([member('ecs-web-2', 'standby')], { status: 'incomplete' }));
    expect(h.state).toBe('incomplete');
    expect(h.problems.map((p) => p.message)).toEqual([
      'ha-web has no active member: edit the members and choose the server that should hold 192.168.0.50.',
    ]);
  });

  it('a member NIC with the check on is flagged with the fix', () => {
    const h = groupHealth(haWeb([member('ecs-web-1', 'active', { nic: { ip: '192.168.0.11', checkOn: true } }), member('ecs-web-2', 'standby')]));
    expect(h.state).toBe('degraded');
    expect(h.members[0].verdict).toBe('Check on: cannot hold the VIP');
    expect(h.problems[0].message).toMatch(/turn the check off/);
  });

  it('real servers need not be in the pairs, but need to run with the check off', () => {
    const lvs = (backend: Partial<HealthMember>) =>
      groupHealth({
        ...haWeb([member('lvs-a', 'director'), member('lvs-b', 'director'), member('rs-1', 'backend', { inVipPairs: false, ...backend })]),
        mode: 'lvs-dr',
      });
    expect(lvs({}).state).toBe('complete');
    expect(lvs({}).members[2].verdict).toBe('Serves requests (VIP on lo)');
    expect(lvs({ server: 'SHUTOFF' }).members[2].verdict).toBe('Stopped: cannot serve requests');
    expect(lvs({ nic: { ip: '192.168.0.31', checkOn: true } }).state).toBe('degraded');
  });

  it('an LVS cluster with one director is incomplete', () => {
    const h = groupHealth({ ...haWeb([member('lvs-a', 'director'), member('rs-1', 'backend', { inVipPairs: false })]), mode: 'lvs-dr' });
    expect(h.state).toBe('incomplete');
    expect(h.problems[0].message).toMatch(/has 1 LVS director and needs 2/);
  });

  it('is checking while facts load, and an unfinished setup says Retry', () => {
    expect(groupHealth(haWeb([member('ecs-web-1', 'active', { server: 'unknown' }), member('ecs-web-2', 'standby')])).state).toBe('checking');
    const h = groupHealth(haWeb([member('ecs-web-1', 'active'), member('ecs-web-2', 'standby')], { status: 'incomplete', hasApplyPlan: true }));
    expect(h.state).toBe('incomplete');
    expect(h.problems.map((p) => p.message)).toEqual(['The setup of ha-web did not finish: Retry it (nothing is done twice) or Undo it.']);
  });
});
