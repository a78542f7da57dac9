import { plural } from '@lingui/core/macro';

/**
 * Why a VPC cannot be deleted now (it still has subnets: the API refuses it), or null. `subnets` undefined:
 * not known yet. Worded in the console's language (call it while rendering).
 */
export function vpcDeleteBlock(name: string, subnets: number | undefined): string | null {
  if (!subnets) return null;
  return plural(subnets, { one: `${name} still has a subnet; delete it first.`, other: `${name} still has # subnets; delete them first.` });
}
