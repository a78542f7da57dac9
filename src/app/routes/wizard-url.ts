/** Where `New HA setup` and `New LVS cluster` open the HA wizard, pre-filled (its URL holds its state). */
export const wizardUrl = (mode: 'ha' | 'lvs-dr', vpcId: string, subnetId: string | null) =>
  `/ha-groups/new?${new URLSearchParams({ mode, vpc: vpcId, ...(subnetId ? { subnet: subnetId } : {}) })}`;
