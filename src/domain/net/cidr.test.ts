import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  broadcastOf,
  cidrContainsCidr,
  cidrContainsIp,
  cidrSize,
  cidrsOverlap,
  explainCidr,
  formatCidr,
  parseCidr,
  type Cidr,
} from './cidr';
import { formatIpv4, parseIpv4, type Ipv4 } from './ipv4';

const c = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`test fixture ${text} does not parse`);
  return parsed;
};
const ip = (text: string) => parseIpv4(text)!;

/** Any valid block: a random address with its host bits cleared. */
const anyCidr = fc
  .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }))
  .map(([n, prefix]): Cidr => {
    const size = 2 ** (32 - prefix);
    return { network: (Math.floor(n / size) * size) as Ipv4, prefix };
  });

describe('parseCidr', () => {
  it('reads a network address and a prefix', () => {
    expect(parseCidr('192.168.0.0/24')).toEqual({ network: 0xc0a80000, prefix: 24 });
    expect(parseCidr('10.0.0.0/8')).toEqual({ network: 0x0a000000, prefix: 8 });
    expect(parseCidr('0.0.0.0/0')).toEqual({ network: 0, prefix: 0 });
    expect(parseCidr('10.1.2.3/32')).toEqual({ network: ip('10.1.2.3'), prefix: 32 });
  });

  it.each([
    ['host bits set', '192.168.0.1/24'],
    ['host bits set in a /16', '10.1.1.0/16'],
    ['host bits set in a /28', '192.168.0.17/28'],
    ['prefix 33', '10.0.0.0/33'],
    ['three-digit prefix', '10.0.0.0/100'],
    ['prefix with a leading zero', '10.0.0.0/08'],
    ['no prefix', '10.0.0.0'],
    ['empty prefix', '10.0.0.0/'],
    ['two slashes', '10.0.0.0/8/8'],
    ['bad address', '10.0.0.256/24'],
    ['address with a leading zero', '10.0.00.0/24'],
    ['surrounding spaces', ' 10.0.0.0/16 '],
    ['space before the slash', '10.0.0.0 /16'],
    ['negative prefix', '10.0.0.0/-8'],
    ['empty', ''],
  ])('refuses %s (%j), and explainCidr says why', (_why, text) => {
    expect(parseCidr(text)).toBeNull();
    expect(explainCidr(text)).toEqual(expect.any(String));
  });

  it('explainCidr names the network address to use instead', () => {
    expect(explainCidr('192.168.0.1/24')).toContain('use 192.168.0.0/24');
    expect(explainCidr('10.1.1.0/16')).toContain('use 10.1.0.0/16');
    expect(explainCidr('192.168.0.17/28')).toContain('use 192.168.0.16/28');
    expect(explainCidr('172.31.255.255/12')).toContain('use 172.16.0.0/12');
  });

  it('explainCidr speaks to the mistake made', () => {
    expect(explainCidr('10.0.0.0/33')).toMatch(/0 to 32/);
    expect(explainCidr('10.0.0.256/24')).toMatch(/"10\.0\.0\.256" is not an IPv4 address/);
    expect(explainCidr('10.0.0.0')).toMatch(/like 192\.168\.0\.0\/24/);
    expect(explainCidr(' 10.0.0.0/16')).toMatch(/spaces/);
  });

  it('explainCidr is null exactly when parseCidr succeeds (property)', () => {
    const candidates = fc.oneof(
      fc.string(),
      fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 40 })).map(([n, p]) => `${formatIpv4(n)}/${p}`),
    );
    fc.assert(fc.property(candidates, (text) => (parseCidr(text) === null) === (explainCidr(text) !== null)));
  });

  it('the address suggested by explainCidr parses (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (n, p) => {
        const why = explainCidr(`${formatIpv4(n)}/${p}`);
        if (why === null) return true;
        const suggested = /use (\S+)\.$/.exec(why)![1];
        const parsed = parseCidr(suggested);
        return parsed !== null && parsed.prefix === p && cidrContainsIp(parsed, n);
      }),
    );
  });

  it('formatCidr and parseCidr round trip (property)', () => {
    fc.assert(
      fc.property(anyCidr, (block) => {
        expect(parseCidr(formatCidr(block))).toEqual(block);
      }),
    );
  });
});

describe('sizes and broadcast', () => {
  it.each([
    ['10.0.0.0/8', 16_777_216, '10.255.255.255'],
    ['192.168.0.0/16', 65_536, '192.168.255.255'],
    ['192.168.0.0/24', 256, '192.168.0.255'],
    ['192.168.0.16/28', 16, '192.168.0.31'],
    ['10.0.0.5/32', 1, '10.0.0.5'],
    ['0.0.0.0/0', 2 ** 32, '255.255.255.255'],
  ])('%s has %i addresses and broadcast %s', (text, size, bcast) => {
    expect(cidrSize(c(text))).toBe(size);
    expect(formatIpv4(broadcastOf(c(text)))).toBe(bcast);
  });
});

describe('containment', () => {
  it('an address is inside from the network to the broadcast address, inclusive', () => {
    const block = c('192.168.0.16/28');
    expect(cidrContainsIp(block, ip('192.168.0.15'))).toBe(false);
    expect(cidrContainsIp(block, ip('192.168.0.16'))).toBe(true);
    expect(cidrContainsIp(block, ip('192.168.0.31'))).toBe(true);
    expect(cidrContainsIp(block, ip('192.168.0.32'))).toBe(false);
  });

  it('a block contains smaller blocks inside it, itself, but not larger or outside ones', () => {
    const vpc = c('192.168.0.0/16');
    expect(cidrContainsCidr(vpc, c('192.168.10.0/24'))).toBe(true);
    expect(cidrContainsCidr(vpc, vpc)).toBe(true);
    expect(cidrContainsCidr(vpc, c('192.168.0.0/15'))).toBe(false);
    expect(cidrContainsCidr(vpc, c('192.169.0.0/24'))).toBe(false);
    expect(cidrContainsCidr(c('192.168.10.0/24'), vpc)).toBe(false);
  });

  it('the top of the address space is handled without overflow', () => {
    const top = c('255.255.255.0/24');
    expect(cidrContainsIp(top, 0xffffffff)).toBe(true);
    expect(cidrContainsCidr(c('0.0.0.0/0'), top)).toBe(true);
  });
});

describe('overlap', () => {
  it('shares an address when one block holds the other', () => {
    expect(cidrsOverlap(c('10.0.0.0/16'), c('10.0.5.0/24'))).toBe(true);
    expect(cidrsOverlap(c('10.0.5.0/24'), c('10.0.0.0/16'))).toBe(true);
    expect(cidrsOverlap(c('10.0.0.0/24'), c('10.0.1.0/24'))).toBe(false);
    expect(cidrsOverlap(c('192.168.0.0/28'), c('192.168.0.16/28'))).toBe(false);
  });

  it('is symmetric (property)', () => {
    fc.assert(fc.property(anyCidr, anyCidr, (a, b) => cidrsOverlap(a, b) === cidrsOverlap(b, a)));
  });

  it('a block overlaps itself (property)', () => {
    fc.assert(fc.property(anyCidr, (a) => cidrsOverlap(a, a)));
  });

  it('the two halves of a block do not overlap each other, and each overlaps the block (property)', () => {
    fc.assert(
      fc.property(
        anyCidr.filter((b) => b.prefix < 32),
        (block) => {
          const lower: Cidr = { network: block.network, prefix: block.prefix + 1 };
          const upper: Cidr = { network: (block.network + cidrSize(lower)) as Ipv4, prefix: block.prefix + 1 };
          expect(cidrsOverlap(lower, upper)).toBe(false);
          expect(cidrsOverlap(upper, lower)).toBe(false);
          expect(cidrsOverlap(block, lower)).toBe(true);
          expect(cidrsOverlap(upper, block)).toBe(true);
        },
      ),
    );
  });

  it('agrees with "some address lies in both" (property)', () => {
    fc.assert(
      fc.property(anyCidr, anyCidr, (a, b) => {
        const shared = Math.max(a.network, b.network) <= Math.min(broadcastOf(a), broadcastOf(b));
        return cidrsOverlap(a, b) === shared;
      }),
    );
  });
});
