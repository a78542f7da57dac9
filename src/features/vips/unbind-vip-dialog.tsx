import { Alert, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useAllHaGroups } from '../../api/ha-groups/get-ha-groups';
import { DeleteDialog } from '../../components/delete-dialog';
import { unbindWorkflow } from '../../workflows/binding';
import { describeNic, type VipRow } from './vip-row';

export function UnbindVipDialog({ row, onClose }: { row: VipRow | null; onClose: () => void }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const ip = row && row.bound.length === 1 ? row.bound[0].ip : chosen;
  const nic = row?.bound.find((b) => b.ip === ip);
  const label = nic ? describeNic(nic) : (ip ?? '');
  const groups = useAllHaGroups();
  const group = groups.data?.find((g) => g.vip_port_id === row?.port.id && g.members.some((m) => m.port_id === nic?.portId));
  const role = group?.members.find((m) => m.port_id === nic?.portId)?.role;
  const close = () => {
    setChosen(null);
    onClose();
  };
  return (
    <DeleteDialog
      subject={row}
      onClose={close}
      title={(r) => `Unbind virtual IP ${r.ip}`}
      confirmLabel="Unbind"
      confirmDisabled={!ip}
      consequences={(r) => (nic ? `${r.ip} will no longer be bound to ${label}. The NIC's Source/Destination Check stays as it is.` : 'Choose the NIC to unbind.')}
      extra={(r, started) => (
        <>
          {r.bound.length > 1 && !started && (
            <Radio.Group label="Server NIC to unbind" value={chosen} onChange={setChosen} withAsterisk>
              <Stack gap={6} mt={6}>
                {r.bound.map((b) => (
                  <Radio key={b.ip} value={b.ip} label={describeNic(b)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {group && (
            <Alert color="yellow" title={`Member of HA group ${group.name}`}>
              This NIC is the group's {role === 'backend' ? 'real server' : role}. Unbinding it marks the group incomplete: its keepalived peers still
              expect this server to take over the VIP.
            </Alert>
          )}
        </>
      )}
      workflow={(r) => unbindWorkflow({ id: r.port.id, ip: r.ip }, { ip: ip ?? '', label })}
      success={(r) => ({ title: 'Virtual IP unbound', message: `${r.ip} is no longer bound to ${label}.` })}
    />
  );
}
