import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useAllHaGroups } from '../../api/ha-groups/get-ha-groups';
import { DeleteDialog } from '../../components/delete-dialog';
import { unbindWorkflow } from '../../workflows/binding';
import { describeNic, type VipRow } from './vip-row';

/** A member's part in its HA group, as the warning names it. */
const ROLE_WORDS = { active: msg`active member`, standby: msg`standby member`, director: msg`director`, backend: msg`real server` } as const;

export function UnbindVipDialog({ row, onClose }: { row: VipRow | null; onClose: () => void }) {
  const { t } = useLingui();
  const [chosen, setChosen] = useState<string | null>(null);
  const ip = row && row.bound.length === 1 ? row.bound[0].ip : chosen;
  const nic = row?.bound.find((b) => b.ip === ip);
  const label = nic ? describeNic(nic) : (ip ?? '');
  const groups = useAllHaGroups();
  const group = groups.data?.find((g) => g.vip_port_id === row?.port.id && g.members.some((m) => m.port_id === nic?.portId));
  const role = group?.members.find((m) => m.port_id === nic?.portId)?.role;
  const groupName = group?.name;
  const roleName = role ? t(ROLE_WORDS[role]) : '';
  const close = () => {
    setChosen(null);
    onClose();
  };
  return (
    <DeleteDialog
      subject={row}
      onClose={close}
      title={({ ip: vip }) => t`Unbind virtual IP ${vip}`}
      confirmLabel={t`Unbind`}
      confirmDisabled={!ip}
      consequences={({ ip: vip }) =>
        nic ? t`${vip} will no longer be bound to ${label}. The NIC's Source/Destination Check stays as it is.` : t`Choose the NIC to unbind.`
      }
      extra={(r, started) => (
        <>
          {r.bound.length > 1 && !started && (
            <Radio.Group label={t`Server NIC to unbind`} value={chosen} onChange={setChosen} withAsterisk>
              <Stack gap={6} mt={6}>
                {r.bound.map((b) => (
                  <Radio key={b.ip} value={b.ip} label={describeNic(b)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {group && (
            <Alert color="yellow" title={t`Member of HA group ${groupName}`}>
              <Trans>
                This NIC is the group&apos;s {roleName}. Unbinding it marks the group incomplete: its keepalived peers still expect this server to take
                over the VIP.
              </Trans>
            </Alert>
          )}
        </>
      )}
      workflow={(r) => unbindWorkflow({ id: r.port.id, ip: r.ip }, { ip: ip ?? '', label })}
      success={({ ip: vip }) => ({ title: t`Virtual IP unbound`, message: t`${vip} is no longer bound to ${label}.` })}
    />
  );
}
