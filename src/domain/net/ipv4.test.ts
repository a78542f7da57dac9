import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIpv4, formatIpv4, isIpv4, parseIpv4 } from './ipv4';

const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));

describe('parseIpv4 / formatIpv4', () => {
  it('reads a dotted quad as an unsigned 32-bit number', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('192.168.0.1')).toBe(0xc0a80001);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(parseIpv4('10.1.2.3')).toBe(10 * 2 ** 24 + 1 * 2 ** 16 + 2 * 2 ** 8 + 3);
  });

  it('writes numbers back as dotted quads, high octet first', () => {
    expect(formatIpv4(0)).toBe('0.0.0.0');
    expect(formatIpv4(0xc0a800fe)).toBe('192.168.0.254');
    expect(formatIpv4(0xffffffff)).toBe('255.255.255.255');
    expect(formatIpv4(-1)).toBe('255.255.255.255');
  });

  it('format then parse gives back the number (property)', () => {
    fc.assert(fc.property(uint32, (n) => parseIpv4(formatIpv4(n)) === n));
  });

  it('parse then format gives back the canonical text (property)', () => {
    fc.assert(
      fc.property(octets, (o) => {
        const text = o.join('.');
        expect(formatIpv4(parseIpv4(text)!)).toBe(text);
      }),
    );
  });

  it.each([
    ['leading zero', '192.168.01.1'],
    ['leading zeros on zero', '10.00.0.1'],
    ['octet 256', '192.168.0.256'],
    ['octet 999', '999.1.1.1'],
    ['three parts', '192.168.1'],
    ['five parts', '1.2.3.4.5'],
    ['leading space', ' 10.0.0.1'],
    ['trailing space', '10.0.0.1 '],
    ['inner space', '10.0. 0.1'],
    ['trailing newline', '10.0.0.1\n'],
    ['empty part', '10..0.1'],
    ['sign', '+10.0.0.1'],
    ['negative', '10.0.0.-1'],
    ['hex', '0x0a.0.0.1'],
    ['exponent', '1e2.0.0.1'],
    ['empty', ''],
    ['CIDR', '10.0.0.0/8'],
  ])('refuses %s (%j)', (_why, text) => {
    expect(parseIpv4(text)).toBeNull();
    expect(isIpv4(text)).toBe(false);
  });

  it('refuses any octet written with a leading zero (property)', () => {
    fc.assert(
      fc.property(octets, fc.nat(3), (o, i) => {
        const parts = o.map(String);
        parts[i] = `0${parts[i]}`;
        return parseIpv4(parts.join('.')) === null;
      }),
    );
  });

  it('refuses any octet above 255 (property)', () => {
    fc.assert(
      fc.property(octets, fc.nat(3), fc.integer({ min: 256, max: 99999 }), (o, i, big) => {
        const parts = o.map(String);
        parts[i] = String(big);
        return parseIpv4(parts.join('.')) === null;
      }),
    );
  });
});

describe('compareIpv4', () => {
  it('sorts numerically, not as text', () => {
    const sorted = ['10.0.0.10', '10.0.0.9', '9.255.255.255', '10.0.0.100'].sort(compareIpv4);
    expect(sorted).toEqual(['9.255.255.255', '10.0.0.9', '10.0.0.10', '10.0.0.100']);
  });

  it('agrees with the numeric order (property)', () => {
    fc.assert(
      fc.property(uint32, uint32, (a, b) => Math.sign(compareIpv4(formatIpv4(a), formatIpv4(b))) === Math.sign(a - b)),
    );
  });
});
