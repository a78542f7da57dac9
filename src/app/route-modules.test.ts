import { describe, expect, it } from 'vitest';
import { matches } from './route-modules';

const seg = (path: string) => path.split('/').filter(Boolean);

describe('matching a path to its page', () => {
  it('matches a detail page with or without its tab', () => {
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1'))).toBe(true);
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1/configuration'))).toBe(true);
  });

  it('does not match fewer or more segments than the path has', () => {
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups'))).toBe(false);
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1/configuration/extra'))).toBe(false);
    expect(matches('vpcs', seg('/vpcs/v1'))).toBe(false);
  });

  it('compares fixed segments', () => {
    expect(matches('topology/ha-groups/:groupId', seg('/topology/ha-groups/g1'))).toBe(true);
    expect(matches('topology/ha-groups/:groupId', seg('/topology/vpcs/g1'))).toBe(false);
  });
});
