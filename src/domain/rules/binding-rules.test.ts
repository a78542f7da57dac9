import { describe, expect, it } from 'vitest';
import {
  bindingWarnings,
  checkEipBinding,
  checkVipBinding,
  checkVipPairAddress,
  MAX_SERVERS_PER_VIP,
  MAX_VIPS_PER_SERVER,
  type BindingPlan,
  type NicFacts,
  type VipFacts,
} from './binding-rules';

const vip: VipFacts = { id: 'vip-1', ip: '192.168.0.100', network_id: 'net-web', boundIps: ['192.168.0.11'] };

const nic = (n: number, over: Partial<NicFacts> = {}): NicFacts => ({
  port_id: `port-${n}`,
  server_id: `ecs-${n}`,
  server_name: `ecs-web-${n}`,
  ip: `192.168.0.${10 + n}`,
  network_id: 'net-web',
  subnet_name: 'subnet-web',
  ...over,
});

describe('checkVipBinding', () => {
  it('accepts a NIC of the same subnet that is not bound yet', () => {
    expect(checkVipBinding(vip, nic(2), 'subnet-web')).toBeNull();
  });

  it('refuses a NIC of another subnet and names both subnets', () => {
    const other = nic(3, { network_id: 'net-db', subnet_name: 'subnet-db', ip: '192.168.1.13' });
    const p = checkVipBinding(vip, other, 'subnet-web');
    expect(p?.code).toBe('VPC.2500');
    expect(p?.field).toBe('allowed_address_pairs');
    expect(p?.message).toContain('ecs-web-3 (192.168.1.13) is in subnet subnet-db');
    expect(p?.message).toContain('(subnet-web)');
  });

  it('compares subnet ids, not names', () => {
    const sameNameOtherNet = nic(3, { network_id: 'net-other', subnet_name: 'subnet-web' });
    expect(checkVipBinding(vip, sameNameOtherNet, 'subnet-web')).not.toBeNull();
  });

  it('refuses a NIC that is already bound, naming it and the VIP', () => {
    const p = checkVipBinding(vip, nic(1), 'subnet-web');
    expect(p?.code).toBe('VPC.2500');
    expect(p?.message).toBe('ecs-web-1 (192.168.0.11) is already bound to 192.168.0.100.');
  });
});

describe('checkVipPairAddress', () => {
  it('accepts a single address', () => {
    expect(checkVipPairAddress('192.168.0.11')).toBeNull();
  });

  it.each(['0.0.0.0/0', '1.1.1.1/0', '192.168.0.0/24', '192.168.0.11/32'])('refuses the block %s and names it', (ip) => {
    const p = checkVipPairAddress(ip);
    expect(p?.code).toBe('VPC.2500');
    expect(p?.field).toBe('allowed_address_pairs');
    expect(p?.message).toContain(ip);
  });

  it.each(['', 'server-1', '192.168.0.256', '192.168.0'])('refuses %j, which is no address', (ip) => {
    expect(checkVipPairAddress(ip)?.message).toMatch(/is not an IPv4 address/);
  });
});

describe('checkEipBinding', () => {
  const eip = { id: 'eip-1', public_ip_address: '122.9.1.1' };

  it('binds a free EIP to a port without one', () => {
    expect(checkEipBinding(eip, 'vip-port', null)).toBeNull();
  });

  it('refuses an EIP bound elsewhere and says where', () => {
    const bound = { ...eip, port_id: 'other-port', private_ip_address: '192.168.0.50' };
    const p = checkEipBinding(bound, 'vip-port', null);
    expect(p?.code).toBe('VPC.1209');
    expect(p?.field).toBe('port_id');
    expect(p?.message).toBe('EIP 122.9.1.1 is already bound to 192.168.0.50; unbind it there first.');
  });

  it('still refuses, in general words, when the bound address is unknown', () => {
    expect(checkEipBinding({ ...eip, port_id: 'other-port' }, 'vip-port', null)?.message).toMatch(/already bound to another port/);
  });

  it('refuses a second EIP on a port that has one and names the first', () => {
    const existing = { id: 'eip-2', public_ip_address: '122.9.2.2', port_id: 'vip-port' };
    const p = checkEipBinding(eip, 'vip-port', existing);
    expect(p?.code).toBe('VPC.1209');
    expect(p?.message).toContain('122.9.2.2');
    expect(p?.message).toMatch(/only one EIP/);
  });

  it('lets the same EIP be bound again to the same port', () => {
    const bound = { ...eip, port_id: 'vip-port' };
    expect(checkEipBinding(bound, 'vip-port', bound)).toBeNull();
  });
});

describe('bindingWarnings', () => {
  const plan = (over: Partial<BindingPlan> = {}): BindingPlan => ({
    vip: { ...vip, boundIps: [] },
    chosen: [nic(1), nic(2)],
    nicsOfServer: (serverId) => [nic(Number(serverId.replace('ecs-', '')))],
    vipCountOfServer: () => 1,
    boundServerCount: 0,
    ...over,
  });

  it('says nothing when the binding is ordinary', () => {
    expect(bindingWarnings(plan())).toEqual([]);
  });

  it('warns about a server with several NICs in the subnet, naming it and the count', () => {
    const second = nic(1, { port_id: 'port-1b', ip: '192.168.0.31' });
    const elsewhere = nic(1, { port_id: 'port-1c', ip: '192.168.1.31', network_id: 'net-db' });
    const warnings = bindingWarnings(
      plan({ nicsOfServer: (id) => (id === 'ecs-1' ? [nic(1), second, elsewhere] : [nic(2)]) }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].kind).toBe('several-nics-in-subnet');
    expect(warnings[0].message).toContain('ecs-web-1 has 2 NICs in this subnet');
  });

  it('warns at 11 servers on one VIP, not at 10', () => {
    expect(bindingWarnings(plan({ boundServerCount: MAX_SERVERS_PER_VIP - 2 }))).toEqual([]);
    const warnings = bindingWarnings(plan({ boundServerCount: MAX_SERVERS_PER_VIP - 1 }));
    expect(warnings.map((w) => w.kind)).toEqual(['too-many-servers']);
    expect(warnings[0].message).toContain('192.168.0.100 would be bound to 11 servers');
  });

  it('counts a server once, however many of its NICs are chosen', () => {
    const twice = [nic(1), nic(1, { port_id: 'port-1b', ip: '192.168.0.31' })];
    const warnings = bindingWarnings(plan({ chosen: twice, boundServerCount: MAX_SERVERS_PER_VIP - 1, nicsOfServer: () => [] }));
    expect(warnings).toEqual([]);
  });

  it('does not count again a server already bound to the VIP through another NIC', () => {
    const second = nic(1, { port_id: 'port-1b', ip: '192.168.0.31', network_id: 'net-other' });
    const warnings = bindingWarnings(
      plan({
        vip: { ...vip, boundIps: ['192.168.0.11'] },
        chosen: [second],
        nicsOfServer: () => [nic(1), second],
        boundServerCount: MAX_SERVERS_PER_VIP,
        vipCountOfServer: () => MAX_VIPS_PER_SERVER,
      }),
    );
    expect(warnings).toEqual([]);
  });

  it('warns when a server would hold more than 8 VIPs, naming it', () => {
    expect(bindingWarnings(plan({ vipCountOfServer: () => MAX_VIPS_PER_SERVER - 1 }))).toEqual([]);
    const warnings = bindingWarnings(plan({ vipCountOfServer: (id) => (id === 'ecs-2' ? MAX_VIPS_PER_SERVER : 0) }));
    expect(warnings).toMatchObject([{ kind: 'too-many-vips', rule: 'warning.tooManyVips', message: expect.stringContaining('ecs-web-2 would have 9 virtual IPs') }]);
  });

  it('gives every warning that applies', () => {
    const kinds = bindingWarnings(
      plan({
        nicsOfServer: (id) => [nic(1), nic(1, { port_id: 'x', ip: '192.168.0.99' })].map((n) => ({ ...n, server_id: id })),
        vipCountOfServer: () => MAX_VIPS_PER_SERVER,
        boundServerCount: MAX_SERVERS_PER_VIP,
      }),
    ).map((w) => w.kind);
    expect(kinds.sort()).toEqual(['several-nics-in-subnet', 'several-nics-in-subnet', 'too-many-servers', 'too-many-vips', 'too-many-vips']);
  });
});
