import { describe, expect, it } from 'vitest';
import { DEFAULTS, assignRole, blockerOf, parseWizard, wizardParams, type WizardState } from './wizard-state';

describe('wizard state in the URL', () => {
  it('round-trips every field, and writes only what differs from the defaults', () => {
    const s: WizardState = {
      ...DEFAULTS,
      step: 'review',
      mode: 'lvs-dr',
      vpcId: 'vpc-1',
      subnetId: 'sub-1',
      vip: 'new',
      vipIp: '192.168.0.60',
      members: [
        { serverId: 's-1', portId: 'p-1', role: 'director', priority: 150 },
        { serverId: 's-2', portId: 'p-2', role: 'backend', priority: 0 },
      ],
      port: 8080,
      scheduler: 'lc',
      persistence: 30,
      check: '/healthz',
      eip: 'new',
      eipName: 'eip-lvs',
      bandwidth: 10,
      name: 'web-lvs',
      vrid: 52,
      preempt: false,
      command: '/usr/local/bin/check-web --fast',
      groupId: 'g-1',
    };
    expect(parseWizard(wizardParams(s))).toEqual(s);
    expect(wizardParams({ ...DEFAULTS, mode: 'ha' }).toString()).toBe('mode=ha&step=mode');
  });

  it('falls back to defaults for unknown choices, but keeps numbers as written (to show them with their error)', () => {
    const s = parseWizard(new URLSearchParams('step=nope&mode=x&port=99999&sched=zz&check=oops&m=a~b~boss~1&m=s~p~active~150&m=s~q~standby~100&vrid=x'));
    expect(s).toMatchObject({ step: 'mode', mode: null, port: 99999, scheduler: 'wrr', check: 'tcp', vrid: 'x' });
    expect(s.members).toEqual([{ serverId: 's', portId: 'p', role: 'active', priority: 150 }]);
  });

  it('keeps empty, negative and fractional numbers through the URL, never a default', () => {
    const s: WizardState = {
      ...DEFAULTS,
      mode: 'lvs-dr',
      members: [{ serverId: 's-1', portId: 'p-1', role: 'director', priority: '' }],
      port: '',
      persistence: 1.5,
      eip: 'new',
      bandwidth: -5,
      vrid: '',
    };
    expect(parseWizard(wizardParams(s))).toEqual(s);
  });
});

describe('assignRole', () => {
  it('HA: defaults 150, 100, 90; a new active server makes the old one a standby', () => {
    let m = assignRole([], 'a', 'pa', 'active');
    m = assignRole(m, 'b', 'pb', 'standby');
    m = assignRole(m, 'c', 'pc', 'standby');
    expect(m.map((x) => [x.serverId, x.role, x.priority])).toEqual([['a', 'active', 150], ['b', 'standby', 100], ['c', 'standby', 90]]);
    m = assignRole(m, 'c', 'pc', 'active');
    expect(m.map((x) => [x.serverId, x.role])).toEqual([['a', 'standby'], ['b', 'standby'], ['c', 'active']]);
    expect(assignRole(m, 'b', 'pb', null).map((x) => x.serverId)).toEqual(['a', 'c']);
  });

  it('LVS-DR: directors 150 and 100, real servers 0; keeps a member in place when its NIC changes', () => {
    let m = assignRole([], 'd1', 'p1', 'director');
    m = assignRole(m, 'd2', 'p2', 'director');
    m = assignRole(m, 'r1', 'p3', 'backend');
    expect(m.map((x) => x.priority)).toEqual([150, 100, 0]);
    expect(assignRole(m, 'd2', 'p9', 'director')[1]).toEqual({ serverId: 'd2', portId: 'p9', role: 'director', priority: 100 });
  });
});

describe('blockerOf (why Next is disabled)', () => {
  it('names what is missing on each step', () => {
    expect(blockerOf(DEFAULTS, 'mode')).toBe('Choose a mode.');
    expect(blockerOf({ ...DEFAULTS, vpcId: 'v' }, 'network')).toBe('Choose a subnet.');
    expect(blockerOf(DEFAULTS, 'vip')).toMatch(/Choose a virtual IP/);
    const ha = { ...DEFAULTS, mode: 'ha' as const, members: assignRole([], 'a', 'p', 'active') };
    expect(blockerOf(ha, 'servers')).toBe('Choose at least one standby server.');
    expect(blockerOf({ ...ha, members: assignRole(ha.members, 'b', 'q', 'standby') }, 'servers')).toBeNull();
    expect(blockerOf({ ...DEFAULTS, mode: 'lvs-dr' }, 'servers')).toBe('Choose two directors.');
    expect(blockerOf({ ...DEFAULTS, eip: 'new', eipName: 'bad name' }, 'internet')).toMatch(/Name the new EIP/);
    const ok = { ...ha, members: assignRole(ha.members, 'b', 'q', 'standby') };
    expect(blockerOf({ ...ok, command: 'pgrep nginx' }, 'servers')).toMatch(/absolute command/);
    expect(blockerOf({ ...ok, command: '/bin/sh -c "x"' }, 'servers')).toMatch(/without quotes/);
    expect(blockerOf({ ...ok, command: '/usr/bin/pgrep -x haproxy' }, 'servers')).toBeNull();
  });

  it('blocks Next on a number out of range, not whole, or empty, with the words of the domain rule', () => {
    const ha = { ...DEFAULTS, mode: 'ha' as const, members: assignRole(assignRole([], 'a', 'p', 'active'), 'b', 'q', 'standby') };
    const withPriority = (priority: number | string) => ({ ...ha, members: ha.members.map((m, i) => (i === 0 ? { ...m, priority } : m)) });
    expect(blockerOf(withPriority(300), 'servers')).toBe('Priority must be a whole number from 1 to 254; 300 is too large.');
    expect(blockerOf(withPriority(''), 'servers')).toBe('Enter a priority from 1 to 254.');
    expect(blockerOf(withPriority(254), 'servers')).toBeNull();
    let lvs: WizardState = { ...DEFAULTS, mode: 'lvs-dr' };
    for (const [id, role] of [['d1', 'director'], ['d2', 'director'], ['r1', 'backend'], ['r2', 'backend']] as const) {
      lvs = { ...lvs, members: assignRole(lvs.members, id, `p-${id}`, role) };
    }
    expect(blockerOf(lvs, 'servers')).toBeNull();
    expect(blockerOf({ ...lvs, port: 70000 }, 'servers')).toBe('Port must be a whole number from 1 to 65535; 70000 is too large.');
    expect(blockerOf({ ...lvs, port: '' }, 'servers')).toBe('Enter a port from 1 to 65535.');
    expect(blockerOf({ ...lvs, persistence: 1.5 }, 'servers')).toMatch(/1\.5 is not a whole number/);
    const eip = { ...DEFAULTS, eip: 'new', eipName: 'eip-1' };
    expect(blockerOf({ ...eip, bandwidth: -5 }, 'internet')).toBe('Bandwidth must be a whole number from 1 to 2000 Mbit/s; -5 is too small.');
    expect(blockerOf({ ...eip, bandwidth: 5000 }, 'internet')).toMatch(/5000 is too large/);
    expect(blockerOf({ ...eip, bandwidth: '' }, 'internet')).toBe('Enter a bandwidth from 1 to 2000 Mbit/s.');
    expect(blockerOf({ ...eip, bandwidth: 2000 }, 'internet')).toBeNull();
  });
});
