import { describe, expect, it } from 'vitest';
import { vpcDeleteBlock } from './vpc-delete-block';

describe('deleting a VPC', () => {
  it('is blocked while it has subnets, with what to do, and open when it has none or the count is not known', () => {
    expect(vpcDeleteBlock('vpc-demo', 2)).toBe('vpc-demo still has 2 subnets; delete them first.');
    expect(vpcDeleteBlock('vpc-demo', 1)).toBe('vpc-demo still has a subnet; delete it first.');
    expect(vpcDeleteBlock('vpc-demo', 0)).toBeNull();
    expect(vpcDeleteBlock('vpc-demo', undefined)).toBeNull();
  });
});
