import { msg } from '@lingui/core/macro';
import type { HaGroup, Port, PublicIp, Server } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { useServersById } from '../../api/servers/get-server';
import { useAllVips } from '../../api/vips/get-vips';

export interface GroupRow {
  group: HaGroup;
  vip?: Port;
  vipIp: string;
  eip?: PublicIp;
  serverName: (id: string) => string;
}

/** Joins HA groups with their VIPs, EIPs and member servers' names. */
export function useGroupRows(groups: HaGroup[] | undefined): { rows: GroupRow[] | undefined; servers: Map<string, Server> } {
  const vips = useAllVips();
  const eips = useAllEips();
  const ids = [...new Set((groups ?? []).flatMap((g) => g.members.map((m) => m.server_id)))].sort();
  const serverQueries = useServersById(ids);
  const servers = new Map<string, Server>();
  serverQueries.forEach((q) => q.data && servers.set(q.data.id, q.data));
  const vipById = new Map((vips.data ?? []).map((v) => [v.id, v]));
  const eipById = new Map((eips.data ?? []).map((e) => [e.id, e]));
  const rows = groups?.map((group) => {
    const vip = vipById.get(group.vip_port_id);
    return {
      group,
      vip,
      vipIp: vip?.fixed_ips[0]?.ip_address ?? '…',
      eip: group.eip_id ? eipById.get(group.eip_id) : (eips.data ?? []).find((e) => e.port_id === group.vip_port_id),
      serverName: (id: string) => servers.get(id)?.name ?? id,
    };
  });
  return { rows, servers };
}

/** A group's mode and a member's role as users read them: render with `t(MODE_NAMES[mode])`. */
export const MODE_NAMES = { ha: msg`HA (active/standby)`, 'lvs-dr': msg`LVS-DR cluster` } as const;
export const ROLE_NAMES = { active: msg`Active`, standby: msg`Standby`, director: msg`Director`, backend: msg`Real server` } as const;

