import { Checkbox, Text } from '@mantine/core';
import { useState } from 'react';
import { usePortsById } from '../../api/ports/get-port';
import { DeleteDialog } from '../../components/delete-dialog';
import { haDeleteWorkflow } from '../../workflows/ha-groups';
import type { GroupRow } from './use-group-rows';

/** Deletes a group: unbinds its members from the VIP, and on request releases the EIP and the VIP. */
export function DeleteGroupDialog({ row, onClose, onDeleted }: { row: GroupRow | null; onClose: () => void; onDeleted?: () => void }) {
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
      title={(r) => `Delete HA group ${r.group.name}`}
      confirmLabel="Delete"
      confirmDisabled={memberPorts.some((q) => q.isPending)}
      consequences={(r) => (
        <Text size="sm">
          Its {r.group.members.filter((m) => m.role !== 'backend').length} VRRP member(s) are unbound from virtual IP {r.vipIp}. The servers keep their
          Source/Destination Check as it is, and keepalived keeps running on them until you stop it.
        </Text>
      )}
      extra={(r, started) => (
        <>
          <Checkbox label={`Also release virtual IP ${r.vipIp}`} checked={releaseVip} disabled={started} onChange={(e) => setReleaseVip(e.currentTarget.checked)} />
          {r.eip && (
            <Checkbox
              label={`Also release EIP ${r.eip.public_ip_address}`}
              description={releaseVip && !releaseEip ? 'Kept, but unbound: a released VIP cannot hold it.' : undefined}
              checked={releaseEip}
              disabled={started}
              onChange={(e) => setReleaseEip(e.currentTarget.checked)}
            />
          )}
        </>
      )}
      workflow={(r) =>
        haDeleteWorkflow({
          group: { id: r.group.id, name: r.group.name, vipPortId: r.group.vip_port_id, vipIp: r.vipIp },
          memberIps: memberPorts.flatMap((q) => q.data?.fixed_ips.map((f) => f.ip_address) ?? []),
          eip: r.eip ? { id: r.eip.id, address: r.eip.public_ip_address } : null,
          releaseVip,
          releaseEip,
        })
      }
      success={(r) => ({ title: 'HA group deleted', message: `${r.group.name} is deleted and its servers are unbound from ${r.vipIp}.` })}
    />
  );
}
