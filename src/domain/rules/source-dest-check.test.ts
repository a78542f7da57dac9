import { describe, expect, it } from 'vitest';
import { CHECK_OFF_SENTINEL, isSourceDestCheckOn, pairsForCheck } from './source-dest-check';

describe('source/destination check', () => {
  it('uses Huawei\'s sentinel pair 1.1.1.1/0', () => {
    expect(CHECK_OFF_SENTINEL).toBe('1.1.1.1/0');
  });

  it('is on with no pairs, off with the sentinel', () => {
    expect(isSourceDestCheckOn([])).toBe(true);
    expect(isSourceDestCheckOn([{ ip_address: '1.1.1.1/0' }])).toBe(false);
  });

  it('is off when the sentinel sits among other pairs, on when only other pairs are there', () => {
    expect(isSourceDestCheckOn([{ ip_address: '192.168.0.100' }, { ip_address: '1.1.1.1/0' }])).toBe(false);
    expect(isSourceDestCheckOn([{ ip_address: '192.168.0.100' }])).toBe(true);
    expect(isSourceDestCheckOn([{ ip_address: '1.1.1.1' }, { ip_address: '0.0.0.0/0' }])).toBe(true);
  });

  it('writes [] to turn the check on and the sentinel alone to turn it off', () => {
    expect(pairsForCheck(true)).toEqual([]);
    expect(pairsForCheck(false)).toEqual([{ ip_address: '1.1.1.1/0' }]);
  });

  it('reading back what was written gives the state asked for', () => {
    expect(isSourceDestCheckOn(pairsForCheck(true))).toBe(true);
    expect(isSourceDestCheckOn(pairsForCheck(false))).toBe(false);
  });
});
