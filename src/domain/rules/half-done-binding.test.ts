import { describe, expect, it } from 'vitest';
import { halfDoneBindings, halfDoneMessage, type PortFacts } from './half-done-binding';

const OFF = [{ ip_address: '1.1.1.1/0' }];
const vip = (id: string, ip: string, pairs: string[], network_id = 'net-web'): PortFacts => ({
  id,
  network_id,
  fixed_ips: [{ ip_address: ip }],
  allowed_address_pairs: pairs.map((ip_address) => ({ ip_address })),
  device_id: '',
});
const nic = (id: string, ip: string, pairs: { ip_address: string }[], network_id = 'net-web'): PortFacts => ({
  id,
  network_id,
  fixed_ips: [{ ip_address: ip }],
  allowed_address_pairs: pairs,
  device_id: `server-${id}`,
});

describe('halfDoneBindings (bound NICs whose check is still on)', () => {
  it('flags a bound NIC with the check on, and not one with the check off', () => {
    const vips = [vip('v1', '192.168.0.50', ['192.168.0.11', '192.168.0.12'])];
    const found = halfDoneBindings(vips, [nic('n1', '192.168.0.11', []), nic('n2', '192.168.0.12', OFF)]);
    expect(found).toEqual([{ nicPortId: 'n1', nicIp: '192.168.0.11', serverId: 'server-n1', vipId: 'v1', vipIp: '192.168.0.50' }]);
  });

  it('ignores NICs no VIP holds, and the same address in another subnet', () => {
    const vips = [vip('v1', '192.168.0.50', ['192.168.0.11'])];
    expect(halfDoneBindings(vips, [nic('n3', '192.168.0.13', [])])).toEqual([]);
    expect(halfDoneBindings(vips, [nic('n1', '192.168.0.11', [], 'net-db')])).toEqual([]);
  });

  it('counts a check as on when other pairs but no sentinel are there', () => {
    const found = halfDoneBindings([vip('v1', '192.168.0.50', ['192.168.0.11'])], [nic('n1', '192.168.0.11', [{ ip_address: '10.0.0.5' }])]);
    expect(found.map((f) => f.nicPortId)).toEqual(['n1']);
  });

  it('names every VIP a NIC holds, once each, and skips ports that are not NICs', () => {
    const vips = [vip('v1', '192.168.0.50', ['192.168.0.11']), vip('v2', '192.168.0.60', ['192.168.0.11'])];
    const n1 = nic('n1', '192.168.0.11', []);
    expect(halfDoneBindings(vips, [n1, n1]).map((f) => f.vipIp)).toEqual(['192.168.0.50', '192.168.0.60']);
    expect(halfDoneBindings(vips, [{ ...n1, device_id: '' }])).toEqual([]);
  });

  it('says what is wrong and what to do', () => {
    expect(halfDoneMessage({ nicIp: '192.168.0.11', vipIp: '192.168.0.50' })).toMatch(/192\.168\.0\.11.*192\.168\.0\.50.*Turn the check off/);
  });
});
