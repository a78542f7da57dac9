import { Alert, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useAllHaGroups } from '../../api/ha-groups/get-ha-groups';
import { notifySuccess } from '../../components/notify';
import { WorkflowConfirmDialog } from '../../components/workflow-confirm-dialog';
import { unbindWorkflow } from '../../workflows/binding';
import { useWorkflow } from '../../workflows/use-workflow';
import { describeNic, type VipRow } from './vip-row';

interface Props {
  row: VipRow | null;
  onClose: () => void;
}

export function UnbindVipDialog({ row, onClose }: Props) {
  const flow = useWorkflow();
  const [chosen, setChosen] = useState<string | null>(null);
  const ip = row && row.bound.length === 1 ? row.bound[0].ip : chosen;
  const nic = row?.bound.find((b) => b.ip === ip);
  const groups = useAllHaGroups();
  const group = groups.data?.find((g) => g.vip_port_id === row?.port.id && g.members.some((m) => m.port_id === nic?.portId));
  const role = group?.members.find((m) => m.port_id === nic?.portId)?.role;
  const close = () => {
    setChosen(null);
    onClose();
  };
  return (
    <WorkflowConfirmDialog
      opened={row !== null}
      onClose={close}
      title={`Unbind virtual IP ${row?.ip ?? ''}`}
      confirmLabel="Unbind"
      confirmDisabled={!ip}
      flow={flow}
      onConfirm={async () => {
        if (!row || !ip) return false;
        const label = nic ? describeNic(nic) : ip;
        const ok = await flow.start(unbindWorkflow({ id: row.port.id, ip: row.ip }, { ip, label }));
        if (ok) notifySuccess('Virtual IP unbound', `${row.ip} is no longer bound to ${label}.`);
        return ok;
      }}
    >
      <Stack gap="sm">
        {row && row.bound.length > 1 && flow.phase === 'idle' ? (
          <Radio.Group label="Server NIC to unbind" value={chosen} onChange={setChosen} withAsterisk>
            <Stack gap={6} mt={6}>
              {row.bound.map((b) => (
                <Radio key={b.ip} value={b.ip} label={describeNic(b)} />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
        <Text size="sm">
          {nic
            ? `${row?.ip} will no longer be bound to ${describeNic(nic)}. The NIC's Source/Destination Check stays as it is.`
            : 'Choose the NIC to unbind.'}
        </Text>
        {group && (
          <Alert color="yellow" title={`Member of HA group ${group.name}`}>
            This NIC is the group's {role === 'backend' ? 'real server' : role}. Unbinding it marks the group incomplete: its keepalived
            peers still expect this server to take over the VIP.
          </Alert>
        )}
      </Stack>
    </WorkflowConfirmDialog>
  );
}
