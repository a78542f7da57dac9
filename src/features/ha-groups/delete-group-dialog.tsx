import { Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { usePortsById } from '../../api/ports/get-port';
import { notifySuccess } from '../../components/notify';
import { WorkflowConfirmDialog } from '../../components/workflow-confirm-dialog';
import { haDeleteWorkflow } from '../../workflows/ha-groups';
import { useWorkflow } from '../../workflows/use-workflow';
import type { GroupRow } from './use-group-rows';

/** Deletes a group: unbinds its members from the VIP, and on request releases the EIP and the VIP. */
export function DeleteGroupDialog({ row, onClose, onDeleted }: { row: GroupRow | null; onClose: () => void; onDeleted?: () => void }) {
  const flow = useWorkflow();
  const [releaseVip, setReleaseVip] = useState(false);
  const [releaseEip, setReleaseEip] = useState(false);
  const memberPorts = usePortsById(row?.group.members.map((m) => m.port_id) ?? []);
  const close = () => {
    setReleaseVip(false);
    setReleaseEip(false);
    onClose();
  };
  const run = async () => {
    if (!row) return false;
    const g = row.group;
    const memberIps = memberPorts.flatMap((q) => q.data?.fixed_ips.map((f) => f.ip_address) ?? []);
    const workflow = haDeleteWorkflow({
      group: { id: g.id, name: g.name, vipPortId: g.vip_port_id, vipIp: row.vipIp },
      memberIps,
      eip: row.eip ? { id: row.eip.id, address: row.eip.public_ip_address } : null,
      releaseVip,
      releaseEip,
    });
    const ok = await flow.start(workflow);
    if (ok) {
      notifySuccess('HA group deleted', `${g.name} is deleted and its servers are unbound from ${row.vipIp}.`);
      onDeleted?.();
    }
    return ok;
  };
  const reading = memberPorts.some((q) => q.isPending);
  return (
    <WorkflowConfirmDialog
      opened={row !== null}
      onClose={close}
      title={`Delete HA group ${row?.group.name ?? ''}`}
      confirmLabel="Delete"
      confirmDisabled={reading}
      flow={flow}
      onConfirm={run}
    >
      <Stack gap="sm">
        <Text size="sm">
          Its {row?.group.members.filter((m) => m.role !== 'backend').length ?? 0} VRRP member(s) are unbound from virtual IP {row?.vipIp}. The servers keep their
          Source/Destination Check as it is, and keepalived keeps running on them until you stop it.
        </Text>
        <Checkbox label={`Also release virtual IP ${row?.vipIp ?? ''}`} checked={releaseVip} disabled={flow.phase !== 'idle'} onChange={(e) => setReleaseVip(e.currentTarget.checked)} />
        {row?.eip && (
          <Checkbox
            label={`Also release EIP ${row.eip.public_ip_address}`}
            description={releaseVip && !releaseEip ? 'Kept, but unbound: a released VIP cannot hold it.' : undefined}
            checked={releaseEip}
            disabled={flow.phase !== 'idle'}
            onChange={(e) => setReleaseEip(e.currentTarget.checked)}
          />
        )}
      </Stack>
    </WorkflowConfirmDialog>
  );
}
