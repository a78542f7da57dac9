import type { TerraformTarget } from '../../api/terraform/use-terraform-export';
import type { FlowNode } from './flow-elements';
import type { ViewScope } from './model';

/** The resource id a diagram node stands for (none for ways in). */
function resourceIdOf(node: FlowNode): string | undefined {
  const d = node.data as Record<string, unknown>;
  const id = d.serverId ?? d.portId ?? d.eipId ?? d.subnetId;
  return typeof id === 'string' ? id : undefined;
}

/** What "Export as Terraform" exports from a diagram: the selected nodes, or, with none, the whole view. */
export function terraformTargetOf(scope: ViewScope, vpcId: string, selected: readonly FlowNode[]): TerraformTarget {
  const ids = selected.map(resourceIdOf).filter((id): id is string => Boolean(id));
  if (ids.length) return { kind: 'ids', vpcId, ids: [...new Set(ids)].sort() };
  return scope.kind === 'vpc' ? { kind: 'vpc', vpcId: scope.vpcId } : { kind: 'group', groupId: scope.groupId };
}
