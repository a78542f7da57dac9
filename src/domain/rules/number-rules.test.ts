import { describe, expect, it } from 'vitest';
import { acceptedNumber, checkNumber, NUMBER_RULES, numberProblem } from './number-rules';

const { servicePort, priority, virtualRouterId, bandwidth, persistenceTimeout } = NUMBER_RULES;

describe('numberProblem', () => {
  it.each([
    [servicePort, 70000, 'Port must be a whole number from 1 to 65535; 70000 is too large.'],
    [priority, 300, 'Priority must be a whole number from 1 to 254; 300 is too large.'],
    [virtualRouterId, -3, 'virtual_router_id must be a whole number from 1 to 255; -3 is too small.'],
    [bandwidth, -5, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; -5 is too small.'],
    [bandwidth, 5000, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 5000 is too large.'],
    [bandwidth, 1.5, 'Bandwidth must be a whole number from 1 to 2000 Mbit/s; 1.5 is not a whole number.'],
    [servicePort, '1.5', 'Port must be a whole number from 1 to 65535; 1.5 is not a whole number.'],
    [servicePort, 'abc', 'Port must be a whole number from 1 to 65535; "abc" is not a number.'],
    [servicePort, '-', 'Port must be a whole number from 1 to 65535; "-" is not a number.'],
    [servicePort, Number.NaN, 'Port must be a whole number from 1 to 65535; "NaN" is not a number.'],
  ])('refuses %# and says what to change', (rule, value, message) => {
    expect(numberProblem(rule, value)).toBe(message);
  });

  it.each(['', '  ', undefined, null])('asks for a value when the field is empty (%j), never a default', (value) => {
    expect(numberProblem(servicePort, value)).toBe('Enter a port from 1 to 65535.');
    expect(numberProblem(virtualRouterId, value)).toBe('Enter a virtual_router_id from 1 to 255.');
  });

  it.each([
    [servicePort, 1],
    [servicePort, 65535],
    [servicePort, '8080'],
    [priority, 254],
    [virtualRouterId, 255],
    [bandwidth, 2000],
    [persistenceTimeout, 0],
  ])('accepts the bounds and whole numbers within (%#)', (rule, value) => {
    expect(numberProblem(rule, value)).toBeNull();
    expect(acceptedNumber(rule, value)).toBe(Number(value));
  });

  it('gives no number for a refused value', () => {
    expect(acceptedNumber(servicePort, 0)).toBeNull();
    expect(acceptedNumber(servicePort, '')).toBeNull();
  });
});

describe('checkNumber', () => {
  it('is a bad-parameter problem on the named field', () => {
    expect(checkNumber(priority, 0, 'ha_group.members[1].priority')).toMatchObject({
      code: 'VPC.0002',
      message: 'Priority must be a whole number from 1 to 254; 0 is too small.',
      field: 'ha_group.members[1].priority',
      rule: 'number.tooSmall',
      values: { rule: 'priority', value: 0 },
    });
    expect(checkNumber(priority, 100, 'p')).toBeNull();
  });
});
