import { describe, expect, it } from 'vitest';
import type { PrivateIp, Subnet } from '../../contract';
import { freeAddressCount } from './used-addresses';

const subnet = { id: 's1', cidr: '192.168.0.0/24', gateway_ip: '192.168.0.1' } as Subnet;
const ip = (ip_address: string): PrivateIp => ({ id: ip_address, subnet_id: 's1', tenant_id: 'p', ip_address, device_owner: 'compute:az', status: 'ACTIVE' });

describe('freeAddressCount', () => {
  it('is the assignable count when only reserved addresses are listed', () => {
    const reserved = ['192.168.0.0', '192.168.0.1', '192.168.0.253', '192.168.0.254', '192.168.0.255'].map(ip);
    expect(freeAddressCount(subnet, reserved)).toBe(251);
  });

  it('takes one address per used IP, counted once', () => {
    expect(freeAddressCount(subnet, [ip('192.168.0.1'), ip('192.168.0.10'), ip('192.168.0.11'), ip('192.168.0.11')])).toBe(249);
  });

  it('ignores addresses outside the subnet and answers null for a bad CIDR', () => {
    expect(freeAddressCount(subnet, [ip('10.0.0.5')])).toBe(251);
    expect(freeAddressCount({ ...subnet, cidr: 'nope' }, [])).toBeNull();
  });
});
