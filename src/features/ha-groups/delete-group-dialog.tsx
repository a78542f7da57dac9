import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Checkbox, Text } from '@mantine/core';
import { useState } from 'react';
import { usePortsById } from '../../api/ports/get-port';
import { DeleteDialog } from '../../components/delete-dialog';
import { haDeleteWorkflow } from '../../workflows/ha-groups';
import type { GroupRow } from './use-group-rows';

/** Deletes a group: unbinds its members from the VIP, and on request releases the EIP and the VIP. */
export function DeleteGroupDialog({ row, onClose, onDeleted }: { row: GroupRow | null; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useLingui();
  const [releaseVip, setReleaseVip] = useState(false);
  const [releaseEip, setReleaseEip] = useState(false);
  const memberPorts = usePortsById(row?.group.members.map((m) => m.port_id) ?? []);
  const close = () => {
    setReleaseVip(false);
    setReleaseEip(false);
    onClose();
  };
  return (
    <DeleteDialog
      subject={row}
      onClose={close}
      onDone={onDeleted}
      title={({ group: { name } }) => t`Delete HA group ${name}`}
      confirmLabel={t`Delete`}
      confirmDisabled={memberPorts.some((q) => q.isPending)}
      consequences={({ group, vipIp }) => {
        const members = group.members.filter((m) => m.role !== 'backend').length;
        return (
          <Text size="sm">
            {t`${plural(members, { one: `Its VRRP member is unbound from virtual IP ${vipIp}.`, other: `Its # VRRP members are unbound from virtual IP ${vipIp}.` })} The servers keep their Source/Destination Check as it is, and keepalived keeps running on them until you stop it.`}
          </Text>
        );
      }}
      extra={({ vipIp, eip }, started) => {
        const address = eip?.public_ip_address;
        return (
          <>
            <Checkbox label={t`Also release virtual IP ${vipIp}`} checked={releaseVip} disabled={started} onChange={(e) => setReleaseVip(e.currentTarget.checked)} />
            {address && (
              <Checkbox
                label={t`Also release EIP ${address}`}
                description={releaseVip && !releaseEip ? t`Kept, but unbound: a released VIP cannot hold it.` : undefined}
                checked={releaseEip}
                disabled={started}
                onChange={(e) => setReleaseEip(e.currentTarget.checked)}
              />
            )}
          </>
        );
      }}
      workflow={(r) =>
        haDeleteWorkflow({
          group: { id: r.group.id, name: r.group.name, vipPortId: r.group.vip_port_id, vipIp: r.vipIp },
          memberIps: memberPorts.flatMap((q) => q.data?.fixed_ips.map((f) => f.ip_address) ?? []),
          eip: r.eip ? { id: r.eip.id, address: r.eip.public_ip_address } : null,
          releaseVip,
          releaseEip,
        })
      }
      success={({ group: { name }, vipIp }) => ({ title: t`HA group deleted`, message: t`${name} is deleted and its servers are unbound from ${vipIp}.` })}
    />
  );
}
