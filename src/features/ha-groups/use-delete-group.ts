import { t } from '@lingui/core/macro';
import { useQueryClient } from '@tanstack/react-query';
import { getPortQueryOptions } from '../../api/ports/get-port';
import { haDeleteWorkflow } from '../../workflows/ha-groups';
import { WorkflowRunner } from '../../workflows/runner';
import type { GroupRow } from './use-group-rows';

/**
 * Deletes one HA group as its delete dialog does by default (members unbound; VIP and EIP kept), without
 * a dialog: for a bulk delete. Rejects with the failed step and the backend's message.
 */
export function useDeleteGroup() {
  const qc = useQueryClient();
  return async (row: GroupRow) => {
    const g = row.group;
    const ports = await Promise.all(g.members.map((m) => qc.fetchQuery(getPortQueryOptions(m.port_id))));
    const workflow = haDeleteWorkflow({
      group: { id: g.id, name: g.name, vipPortId: g.vip_port_id, vipIp: row.vipIp },
      memberIps: ports.flatMap((p) => p.fixed_ips.map((f) => f.ip_address)),
      eip: row.eip ? { id: row.eip.id, address: row.eip.public_ip_address } : null,
      releaseVip: false,
      releaseEip: false,
    });
    let failure: string | undefined;
    const ok = await new WorkflowRunner(workflow, qc).run((id, change) => {
      if (change.status === 'failed') failure = `${workflow.steps.find((s) => s.id === id)?.label ?? id}: ${change.error}`;
    });
    const name = g.name;
    if (!ok) throw new Error(failure ?? t`${name} was not deleted.`);
  };
}
