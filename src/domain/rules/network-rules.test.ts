import { describe, expect, it } from 'vitest';
import { assignableRange, checkFixedIp, describeAddressHolder, checkGatewayIp, checkName, checkSubnetCidr, checkVpcCidr } from './network-rules';
import { codes } from './problem';

describe('checkName', () => {
  it.each(['a', 'vpc-prod_01.eu', 'A'.repeat(64), '0'])('accepts %j', (name) => {
    expect(checkName(name)).toBeNull();
  });

  it('asks for a name when empty', () => {
    expect(checkName('')).toMatchObject({ code: codes.badParameter, message: 'Enter a name.', field: 'name' });
  });

  it('says how long the name is when over 64 characters', () => {
    const p = checkName('a'.repeat(65));
    expect(p?.code).toBe('VPC.0002');
    expect(p?.message).toMatch(/65 characters.*at most 64/);
  });

  it.each(['my vpc', 'vpc/1', 'vpc@home', 'é', 'tab\there'])('refuses %j and lists the allowed characters', (name) => {
    const p = checkName(name);
    expect(p?.code).toBe('VPC.0002');
    expect(p?.message).toMatch(/letters, digits, underscores \(_\), hyphens \(-\) and periods \(\.\)/);
  });

  it('reports on the field it is given', () => {
    expect(checkName('', 'vip.name')?.field).toBe('vip.name');
  });
});

describe('checkVpcCidr', () => {
  it.each(['10.0.0.0/8', '10.0.0.0/16', '10.20.0.0/24', '172.16.0.0/12', '172.31.0.0/16', '192.168.0.0/16', '192.168.7.0/24'])(
    'accepts the private block %s',
    (cidr) => {
      expect(checkVpcCidr(cidr)).toBeNull();
    },
  );

  it.each([
    ['10.0.0.0/25', '10.0.0.0/8', '/24'],
    ['172.16.0.0/28', '172.16.0.0/12', '/24'],
    ['192.168.0.0/26', '192.168.0.0/16', '/24'],
  ])('refuses a prefix longer than its range allows: %s', (cidr, range, max) => {
    const p = checkVpcCidr(cidr);
    expect(p?.code).toBe('VPC.0002');
    expect(p?.field).toBe('cidr');
    expect(p?.message).toContain(range);
    expect(p?.message).toContain(max);
  });

  it.each(['8.8.8.0/24', '100.64.0.0/10', '172.32.0.0/16', '192.169.0.0/16', '11.0.0.0/8', '0.0.0.0/0'])(
    'refuses the public or non-RFC 1918 block %s and names the private ranges',
    (cidr) => {
      const p = checkVpcCidr(cidr);
      expect(p?.code).toBe('VPC.0002');
      expect(p?.message).toMatch(/10\.0\.0\.0\/8.*172\.16\.0\.0\/12.*192\.168\.0\.0\/16/);
    },
  );

  it('refuses a block larger than its private range (it spills into public space)', () => {
    expect(checkVpcCidr('172.0.0.0/8')).not.toBeNull();
    expect(checkVpcCidr('192.168.0.0/15')).not.toBeNull();
    expect(checkVpcCidr('10.0.0.0/7')).not.toBeNull();
  });

  it('passes explainCidr\'s words through for malformed text', () => {
    expect(checkVpcCidr('10.0.0.1/16')?.message).toContain('use 10.0.0.0/16');
    expect(checkVpcCidr('10.0.0.0')?.message).toMatch(/CIDR block like/);
  });
});

describe('checkSubnetCidr', () => {
  const vpc = { name: 'vpc-prod', cidr: '192.168.0.0/16' };
  const siblings = [
    { name: 'subnet-web', cidr: '192.168.0.0/24' },
    { name: 'subnet-db', cidr: '192.168.1.0/24' },
  ];

  it('accepts a free block inside the VPC, down to a /28', () => {
    expect(checkSubnetCidr('192.168.2.0/24', vpc, siblings)).toBeNull();
    expect(checkSubnetCidr('192.168.2.16/28', vpc, siblings)).toBeNull();
    expect(checkSubnetCidr('192.168.0.0/16', vpc, [])).toBeNull();
  });

  it('refuses a block outside the VPC and names the VPC CIDR', () => {
    const p = checkSubnetCidr('10.0.0.0/24', vpc, siblings);
    expect(p?.code).toBe('VPC.0002');
    expect(p?.message).toContain('192.168.0.0/16');
    expect(p?.message).toContain('vpc-prod');
  });

  it('refuses a block only partly inside the VPC', () => {
    expect(checkSubnetCidr('192.168.0.0/15', vpc, [])?.message).toContain('192.168.0.0/16');
  });

  it('refuses a /29 and says /28 is the limit', () => {
    const p = checkSubnetCidr('192.168.2.0/29', vpc, siblings);
    expect(p?.code).toBe('VPC.0002');
    expect(p?.message).toContain('/28');
  });

  it('refuses an overlap with a sibling and names it', () => {
    const inside = checkSubnetCidr('192.168.1.128/25', vpc, siblings);
    expect(inside?.code).toBe('VPC.0002');
    expect(inside?.message).toContain('subnet-db (192.168.1.0/24)');
    const around = checkSubnetCidr('192.168.0.0/23', vpc, siblings);
    expect(around?.message).toContain('subnet-web (192.168.0.0/24)');
  });

  it('refuses host bits with the network address to use', () => {
    expect(checkSubnetCidr('192.168.2.1/24', vpc, siblings)?.message).toContain('use 192.168.2.0/24');
  });
});

describe('checkGatewayIp', () => {
  it('accepts any host address of the subnet', () => {
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.1')).toBeNull();
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.100')).toBeNull();
  });

  it('refuses the network and the broadcast address', () => {
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.0')?.message).toMatch(/network or the broadcast/);
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.255')?.message).toMatch(/network or the broadcast/);
  });

  it('refuses an address outside the subnet, naming the subnet', () => {
    const p = checkGatewayIp('192.168.0.0/24', '192.168.1.1');
    expect(p).toMatchObject({ code: 'VPC.0002', message: expect.stringContaining('192.168.0.0/24'), field: 'gateway_ip' });
  });

  it('refuses text that is no address, and an invalid subnet', () => {
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.1.')?.message).toContain('"192.168.0.1." is not an IPv4 address');
    expect(checkGatewayIp('192.168.0.1/24', '192.168.0.1')?.message).toMatch(/valid subnet CIDR/);
  });
});

describe('checkFixedIp', () => {
  const subnet = { name: 'subnet-web', cidr: '192.168.0.0/24', gateway_ip: '192.168.0.1' };
  const holders = new Map([['192.168.0.10', 'ecs-web-1 (NIC)']]);
  const usedBy = (ip: string) => holders.get(ip) ?? null;

  it('accepts a free address of the subnet', () => {
    expect(checkFixedIp(subnet, '192.168.0.11', usedBy)).toBeNull();
    expect(checkFixedIp(subnet, '192.168.0.252', usedBy)).toBeNull();
  });

  it('refuses an address outside the subnet with VPC.0705 and names the subnet', () => {
    const p = checkFixedIp(subnet, '192.168.1.10', usedBy);
    expect(p?.code).toBe('VPC.0705');
    expect(p?.field).toBe('ip_address');
    expect(p?.message).toContain('subnet-web (192.168.0.0/24)');
  });

  it.each([
    ['192.168.0.0', 'network address'],
    ['192.168.0.1', 'gateway'],
    ['192.168.0.253', 'system interface'],
    ['192.168.0.254', 'DHCP service'],
    ['192.168.0.255', 'broadcast address'],
  ])('refuses the reserved %s (%s) with VPC.0705 and gives the assignable range', (ip, use) => {
    const p = checkFixedIp(subnet, ip, usedBy);
    expect(p?.code).toBe('VPC.0705');
    expect(p?.message).toContain(`(${use})`);
    expect(p?.message).toContain('192.168.0.2 to 192.168.0.252');
  });

  it('refuses a used address with VPC.0701 and names the holder', () => {
    const p = checkFixedIp(subnet, '192.168.0.10', usedBy);
    expect(p?.code).toBe('VPC.0701');
    expect(p?.message).toContain('ecs-web-1 (NIC)');
  });

  it('names a server or a virtual IP holder the way the backend does', () => {
    const named = (ip: string) => (ip === '192.168.0.11' ? describeAddressHolder('server', 'ecs-web-01', ip) : describeAddressHolder('virtual IP', 'vip-web', ip));
    expect(checkFixedIp(subnet, '192.168.0.11', named)?.message).toBe('192.168.0.11 is already used by server ecs-web-01 (192.168.0.11); choose a free address.');
    expect(checkFixedIp(subnet, '192.168.0.100', named)?.message).toBe('192.168.0.100 is already used by virtual IP vip-web (192.168.0.100); choose a free address.');
  });

  it('checks reserved before used, so the gateway is reported as the gateway', () => {
    expect(checkFixedIp(subnet, '192.168.0.1', () => 'gateway port')?.code).toBe('VPC.0705');
  });

  it('refuses text that is no address with VPC.0705', () => {
    expect(checkFixedIp(subnet, '192.168.0.010', usedBy)?.code).toBe('VPC.0705');
  });

  it('answers a 4xx problem, not a crash, when the stored subnet CIDR is broken', () => {
    expect(checkFixedIp({ ...subnet, cidr: 'nonsense' }, '192.168.0.11', usedBy)?.code).toBe('VPC.0002');
  });
});

describe('assignableRange', () => {
  it('runs from the address after the gateway to broadcast - 3', () => {
    expect(assignableRange('192.168.0.0/24')).toEqual({ first: '192.168.0.2', last: '192.168.0.252' });
    expect(assignableRange('10.0.0.16/28')).toEqual({ first: '10.0.0.18', last: '10.0.0.28' });
  });

  it('starts at the first host address when the gateway is elsewhere', () => {
    expect(assignableRange('192.168.0.0/24', '192.168.0.100')).toEqual({ first: '192.168.0.1', last: '192.168.0.252' });
    expect(assignableRange('192.168.0.0/24', '192.168.0.1')).toEqual({ first: '192.168.0.2', last: '192.168.0.252' });
  });

  it('is null for an invalid CIDR', () => {
    expect(assignableRange('192.168.0.0/33')).toBeNull();
  });
});

describe('checkGatewayIp and the addresses Huawei keeps', () => {
  it('refuses the DHCP and system-interface addresses as a gateway', () => {
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.254')?.message).toContain('reserved');
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.253')?.message).toContain('reserved');
    expect(checkGatewayIp('192.168.0.0/24', '192.168.0.252')).toBeNull();
  });
});
