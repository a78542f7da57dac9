import { beforeEach, describe, expect, it } from 'vitest';
import { masterDownInterval } from '../../domain/vrrp';
import { useSim, type SimMember } from './sim-store';
import { demoInput } from './test-fixtures';

const groups = demoInput().haGroups;
const member = (serverId: string, name: string, ip: string, role: SimMember['role'], priority: number, running = true): SimMember => ({
  serverId,
  name,
  ip,
  portId: `p-${serverId}`,
  role,
  priority,
  running,
});

describe('simulation store', () => {
  beforeEach(() => useSim.getState().stop());

  it('moves the VIP holder to the standby after the master-down interval when the master stops', () => {
    const sim = useSim.getState();
    sim.start({ group: groups[0], members: [member('web1', 'ecs-web-01', '192.168.0.11', 'active', 150), member('web2', 'ecs-web-02', '192.168.0.12', 'standby', 100)] });
    // keepalived 2.2.7 starts in BACKUP even with state MASTER (the keepalived lab measured it): nobody holds the VIP yet.
    expect(useSim.getState()).toMatchObject({ holderName: null, vipPortId: 'p-vip-web', roles: { web1: 'BACKUP', web2: 'BACKUP' } });
    sim.advance(masterDownInterval(150, 1));
    expect(useSim.getState()).toMatchObject({ holderName: 'ecs-web-01', holderPortId: 'p-web1', roles: { web1: 'MASTER', web2: 'BACKUP' } });
    sim.advance(1.5);
    sim.act('web1', 'stop');
    expect(useSim.getState().holderPortId).toBeNull();
    const lastAdvert = masterDownInterval(150, 1) + 1;
    sim.advance(lastAdvert + masterDownInterval(100, 1) - useSim.getState().time - 0.01);
    expect(useSim.getState().roles.web2).toBe('BACKUP');
    sim.advance(0.02);
    expect(useSim.getState()).toMatchObject({ holderName: 'ecs-web-02', roles: { web1: 'STOPPED', web2: 'MASTER' } });
    expect(useSim.getState().garpAt).toBeCloseTo(lastAdvert + masterDownInterval(100, 1), 9);
  });

  it('starts a server that is stopped in the cloud as STOPPED, so the standby takes over at once', () => {
    useSim.getState().start({
      group: groups[0],
      members: [member('web1', 'ecs-web-01', '192.168.0.11', 'active', 150, false), member('web2', 'ecs-web-02', '192.168.0.12', 'standby', 100)],
    });
    useSim.getState().advance(masterDownInterval(100, 1));
    expect(useSim.getState().roles).toEqual({ web1: 'STOPPED', web2: 'MASTER' });
  });

  it('shows LVS real servers in, leaving and out of the rotation; keeps the roles object while nothing changes', () => {
    const sim = useSim.getState();
    sim.start({
      group: groups[1],
      members: [
        member('web3', 'ecs-web-03', '192.168.0.13', 'director', 150),
        member('db1', 'ecs-db-01', '192.168.0.21', 'director', 100),
        member('web4', 'ecs-web-04', '192.168.0.14', 'backend', 0),
        member('web5', 'ecs-web-05', '192.168.0.15', 'backend', 0),
      ],
    });
    const before = useSim.getState().roles;
    sim.advance(1);
    expect(useSim.getState().roles).toBe(before);
    sim.act('web4', 'fail-check');
    expect(useSim.getState().roles.web4).toBe('LEAVING');
    sim.advance(14);
    expect(useSim.getState().roles).toMatchObject({ web3: 'MASTER', db1: 'BACKUP', web4: 'OUT OF ROTATION', web5: 'IN ROTATION' });
    sim.act('web4', 'restore');
    sim.advance(3);
    expect(useSim.getState().roles.web4).toBe('IN ROTATION');
  });
});
