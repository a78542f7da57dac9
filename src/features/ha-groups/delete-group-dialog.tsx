import { Checkbox, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteEip } from '../../api/eips/delete-eip';
import { eipKeys } from '../../api/eips/keys';
import { setEipPort } from '../../api/eips/update-eip';
import { haGroupKeys } from '../../api/ha-groups/keys';
import { deleteHaGroup } from '../../api/ha-groups/save-ha-group';
import { fetchPort } from '../../api/ports/get-port';
import { updatePortPairs } from '../../api/ports/set-source-dest-check';
import { deleteVip } from '../../api/vips/delete-vip';
import { invalidateBinding } from '../../api/vips/invalidate-binding';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifySuccess } from '../../components/notify';
import { runSteps, type PlannedStep } from '../../components/run-steps';
import { StepList, type StepItem } from '../../components/step-list';
import { pairsWithoutBound } from '../../domain/ha';
import type { GroupRow } from './use-group-rows';

/** Deletes a group: unbinds its members from the VIP, and on request releases the EIP and the VIP. */
export function DeleteGroupDialog({ row, onClose, onDeleted }: { row: GroupRow | null; onClose: () => void; onDeleted?: () => void }) {
  const qc = useQueryClient();
  const [releaseVip, setReleaseVip] = useState(false);
  const [releaseEip, setReleaseEip] = useState(false);
  const [steps, setSteps] = useState<StepItem[]>([]);
  const close = () => {
    setReleaseVip(false);
    setReleaseEip(false);
    setSteps([]);
    onClose();
  };
  const run = async () => {
    if (!row) return;
    const g = row.group;
    const eip = row.eip;
    const plan: PlannedStep[] = [];
    if (eip && (releaseEip || releaseVip)) plan.push({ label: `Unbind EIP ${eip.public_ip_address}`, act: () => setEipPort(eip.id, null) });
    if (eip && releaseEip) plan.push({ label: `Release EIP ${eip.public_ip_address}`, act: () => deleteEip(eip.id) });
    plan.push({
      label: `Unbind the members from ${row.vipIp}`,
      act: async () => {
        const vip = await fetchPort(g.vip_port_id);
        const ips = new Set<string>();
        for (const m of g.members) {
          const nic = await fetchPort(m.port_id).catch(() => null);
          nic?.fixed_ips.forEach((f) => ips.add(f.ip_address));
        }
        await updatePortPairs(vip.id, pairsWithoutBound(vip.allowed_address_pairs, [...ips]));
      },
    });
    plan.push({ label: `Delete HA group ${g.name}`, act: () => deleteHaGroup(g.id) });
    if (releaseVip) plan.push({ label: `Release virtual IP ${row.vipIp}`, act: () => deleteVip(g.vip_port_id) });
    try {
      await runSteps(plan, setSteps);
    } finally {
      await Promise.all([invalidateBinding(qc), qc.invalidateQueries({ queryKey: haGroupKeys.all }), qc.invalidateQueries({ queryKey: eipKeys.all })]);
    }
    notifySuccess('HA group deleted', `${g.name} is deleted and its servers are unbound from ${row.vipIp}.`);
    onDeleted?.();
  };
  return (
    <ConfirmDialog opened={row !== null} onClose={close} title={`Delete HA group ${row?.group.name ?? ''}`} confirmLabel="Delete" onConfirm={run}>
      <Stack gap="sm">
        <Text size="sm">
          Its {row?.group.members.filter((m) => m.role !== 'backend').length ?? 0} VRRP member(s) are unbound from virtual IP {row?.vipIp}. The servers keep their
          Source/Destination Check as it is, and keepalived keeps running on them until you stop it.
        </Text>
        <Checkbox label={`Also release virtual IP ${row?.vipIp ?? ''}`} checked={releaseVip} onChange={(e) => setReleaseVip(e.currentTarget.checked)} />
        {row?.eip && (
          <Checkbox
            label={`Also release EIP ${row.eip.public_ip_address}`}
            description={releaseVip && !releaseEip ? 'Kept, but unbound: a released VIP cannot hold it.' : undefined}
            checked={releaseEip}
            onChange={(e) => setReleaseEip(e.currentTarget.checked)}
          />
        )}
        {steps.length > 0 && <StepList steps={steps} label="Delete steps" />}
      </Stack>
    </ConfirmDialog>
  );
}
