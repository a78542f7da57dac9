/** Why a VPC cannot be deleted now (it still has subnets: the API refuses it), or null. `subnets` undefined: not known yet. */
export function vpcDeleteBlock(name: string, subnets: number | undefined): string | null {
  if (!subnets) return null;
  return `${name} still has ${subnets === 1 ? 'a subnet' : `${subnets} subnets`}; delete ${subnets === 1 ? 'it' : 'them'} first.`;
}
