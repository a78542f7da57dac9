import { describe, expect, it } from 'vitest';
import { planBind, planHaDelete } from './plans';
import { decideEipPort, decidePairs, describePairsChange, undoOf } from './steps';

const pairs = (...ips: string[]) => ips.map((ip_address) => ({ ip_address }));

describe('plan steps', () => {
  it('decides a bind on the pairs as they are now: merged with what is there, done when present', () => {
    expect(decidePairs(pairs('192.168.0.13'), { kind: 'add', ips: ['192.168.0.14'] })).toEqual({ kind: 'write', body: pairs('192.168.0.13', '192.168.0.14') });
    expect(decidePairs(pairs('192.168.0.14'), { kind: 'add', ips: ['192.168.0.14'] })).toEqual({ kind: 'done' });
    expect(decidePairs(pairs('192.168.0.13'), { kind: 'remove', ips: ['192.168.0.14'] })).toEqual({ kind: 'done' });
    expect(decidePairs([], { kind: 'check', on: false })).toEqual({ kind: 'write', body: pairs('1.1.1.1/0') });
    expect(decidePairs(pairs('1.1.1.1/0'), { kind: 'check', on: false })).toEqual({ kind: 'done' });
  });

  it('reverses only what a step added, from the state it saw before writing', () => {
    const [bind, check] = planBind({ id: 'v', ip: '192.168.0.100' }, [{ portId: 'n', ip: '192.168.0.13', label: 'ecs-web-03' }]);
    expect(undoOf(bind, { kind: 'port', pairs: pairs('192.168.0.21') })).toMatchObject({ port_id: 'v', edit: { kind: 'remove', ips: ['192.168.0.13'] } });
    expect(undoOf(check, { kind: 'port', pairs: [] })).toMatchObject({ port_id: 'n', edit: { kind: 'check', on: true } });
    expect(undoOf(check, { kind: 'port', pairs: pairs('1.1.1.1/0') })).toBeNull();
  });

  it('does not take an EIP bound elsewhere, and says what another tab changed', () => {
    expect(decideEipPort({ public_ip_address: '192.0.2.1', port_id: 'other' }, 'v')).toMatchObject({ kind: 'blocked' });
    expect(decideEipPort({ public_ip_address: '192.0.2.1', port_id: '' }, 'v')).toEqual({ kind: 'write', body: 'v' });
    expect(decideEipPort({ public_ip_address: '192.0.2.1', port_id: 'v' }, null, 'v')).toEqual({ kind: 'write', body: '' });
    expect(describePairsChange('vip-web', [], pairs('192.168.0.13'))).toBe("vip-web's pairs changed in another tab: 192.168.0.13 was added");
    expect(describePairsChange('vip-web', pairs('192.168.0.13', '192.168.0.14'), pairs('192.168.0.14'))).toBe("vip-web's pairs changed in another tab: 192.168.0.13 was removed");
  });

  it('plans an HA delete: EIP unbound before it is released, the group before the VIP', () => {
    const steps = planHaDelete({ group: { id: 'g', name: 'ha-web', vipPortId: 'v', vipIp: '192.168.0.50' }, memberIps: ['192.168.0.11'], eip: { id: 'e', address: '192.0.2.1' }, releaseVip: true, releaseEip: true });
    expect(steps.map((s) => s.kind)).toEqual(['eip-port', 'eip-delete', 'port-pairs', 'group-delete', 'vip-delete']);
  });
});
