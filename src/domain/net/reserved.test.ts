import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broadcastOf, parseCidr, type Cidr } from './cidr';
import { formatIpv4, parseIpv4, type Ipv4 } from './ipv4';
import { assignableCount, defaultGateway, firstFreeIp, ipInCidr, reservedAddresses, reservedUseOf } from './reserved';

const c = (text: string): Cidr => parseCidr(text)!;

describe('reservedAddresses', () => {
  it('reserves .0, .1, .253, .254 and .255 of 192.168.0.0/24, as Huawei documents', () => {
    expect(reservedAddresses(c('192.168.0.0/24'), '192.168.0.1')).toEqual([
      { ip: '192.168.0.0', use: 'Network address' },
      { ip: '192.168.0.1', use: 'Gateway' },
      { ip: '192.168.0.253', use: 'System interface' },
      { ip: '192.168.0.254', use: 'DHCP service' },
      { ip: '192.168.0.255', use: 'Broadcast address' },
    ]);
  });

  it('reserves the same five positions of a /28', () => {
    expect(reservedAddresses(c('10.0.1.32/28'), '10.0.1.33').map((r) => r.ip)).toEqual([
      '10.0.1.32',
      '10.0.1.33',
      '10.0.1.45',
      '10.0.1.46',
      '10.0.1.47',
    ]);
  });

  it('reserves the gateway where it really is, not always .1', () => {
    const reserved = reservedAddresses(c('192.168.0.0/24'), '192.168.0.100').map((r) => r.ip);
    expect(reserved).toContain('192.168.0.100');
    expect(reserved).not.toContain('192.168.0.1');
  });

  it('reservedUseOf names the use of each reserved address and null for the others', () => {
    const s = c('192.168.0.0/24');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.0')).toBe('Network address');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.1')).toBe('Gateway');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.253')).toBe('System interface');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.254')).toBe('DHCP service');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.255')).toBe('Broadcast address');
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.2')).toBeNull();
    expect(reservedUseOf(s, '192.168.0.1', '192.168.0.252')).toBeNull();
  });
});

describe('defaultGateway and assignableCount', () => {
  it('the default gateway is the first host address', () => {
    expect(defaultGateway(c('192.168.0.0/24'))).toBe('192.168.0.1');
    expect(defaultGateway(c('10.0.1.32/28'))).toBe('10.0.1.33');
    expect(defaultGateway(c('172.16.0.0/12'))).toBe('172.16.0.1');
  });

  it('counts the addresses left after the five reserved ones', () => {
    expect(assignableCount(c('192.168.0.0/24'))).toBe(251);
    expect(assignableCount(c('192.168.0.0/28'))).toBe(11);
    expect(assignableCount(c('10.0.0.0/16'))).toBe(65_531);
  });
});

describe('ipInCidr', () => {
  it('takes dotted text and refuses what is not an address', () => {
    expect(ipInCidr(c('192.168.0.0/24'), '192.168.0.77')).toBe(true);
    expect(ipInCidr(c('192.168.0.0/24'), '192.168.1.77')).toBe(false);
    expect(ipInCidr(c('192.168.0.0/24'), '192.168.0.077')).toBe(false);
    expect(ipInCidr(c('192.168.0.0/24'), 'gateway')).toBe(false);
  });
});

describe('firstFreeIp', () => {
  const s24 = c('192.168.0.0/24');

  it('skips the network address and the gateway', () => {
    expect(firstFreeIp(s24, '192.168.0.1', new Set())).toBe('192.168.0.2');
  });

  it('hands out .1 when the gateway is elsewhere', () => {
    expect(firstFreeIp(s24, '192.168.0.10', new Set())).toBe('192.168.0.1');
  });

  it('skips used addresses', () => {
    expect(firstFreeIp(s24, '192.168.0.1', new Set(['192.168.0.2', '192.168.0.3', '192.168.0.5']))).toBe('192.168.0.4');
  });

  it('never hands out the system interface, DHCP or broadcast address', () => {
    const used = new Set<string>();
    for (let n = 2; n <= 251; n++) used.add(`192.168.0.${n}`);
    expect(firstFreeIp(s24, '192.168.0.1', used)).toBe('192.168.0.252');
    used.add('192.168.0.252');
    expect(firstFreeIp(s24, '192.168.0.1', used)).toBeNull();
  });

  it('starts the search at `from` when given, and is null when nothing is free from there', () => {
    const used = new Set(['192.168.0.2', '192.168.0.7']);
    expect(firstFreeIp(s24, '192.168.0.1', used, parseIpv4('192.168.0.7')!)).toBe('192.168.0.8');
    expect(firstFreeIp(s24, '192.168.0.1', used, parseIpv4('192.168.0.3')!)).toBe('192.168.0.3');
    expect(firstFreeIp(s24, '192.168.0.1', used, 0)).toBe('192.168.0.3');
    expect(firstFreeIp(s24, '192.168.0.1', used, parseIpv4('192.168.0.253')!)).toBeNull();
  });

  it('is null when a /28 is full: 11 addresses, then none', () => {
    const s28 = c('10.0.0.16/28');
    const used = new Set<string>();
    for (let i = 0; i < 11; i++) {
      const next = firstFreeIp(s28, '10.0.0.17', used);
      expect(next).not.toBeNull();
      used.add(next!);
    }
    expect([...used]).toEqual(Array.from({ length: 11 }, (_, i) => `10.0.0.${18 + i}`));
    expect(firstFreeIp(s28, '10.0.0.17', used)).toBeNull();
  });

  it('returns an address of the subnet that is neither reserved nor used (property)', () => {
    const subnet = fc
      .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 24, max: 28 }))
      .map(([n, prefix]): Cidr => {
        const size = 2 ** (32 - prefix);
        return { network: (Math.floor(n / size) * size) as Ipv4, prefix };
      });
    const scenario = subnet.chain((s) => {
      const size = 2 ** (32 - s.prefix);
      const offset = fc.integer({ min: 1, max: size - 2 });
      return fc.tuple(fc.constant(s), offset, fc.uniqueArray(offset, { maxLength: size }));
    });
    fc.assert(
      fc.property(scenario, ([s, gatewayOffset, usedOffsets]) => {
        const gateway = formatIpv4(s.network + gatewayOffset);
        const used = new Set(usedOffsets.map((o) => formatIpv4(s.network + o)));
        const free = firstFreeIp(s, gateway, used);
        const reserved = new Set(reservedAddresses(s, gateway).map((r) => r.ip));
        const candidates: string[] = [];
        for (let n = s.network; n <= broadcastOf(s); n++) {
          const text = formatIpv4(n);
          if (!reserved.has(text) && !used.has(text)) candidates.push(text);
        }
        if (candidates.length === 0) {
          expect(free).toBeNull();
          return;
        }
        expect(free).not.toBeNull();
        expect(ipInCidr(s, free!)).toBe(true);
        expect(reserved.has(free!)).toBe(false);
        expect(used.has(free!)).toBe(false);
        expect(free).toBe(candidates[0]);
        expect(parseIpv4(free!)).toBe(parseIpv4(candidates[0]));
      }),
    );
  });
});
