import { t } from '@lingui/core/macro';
import type { ApplyContext } from '../../workflows/ha-apply';
import type { HaGroupFields } from '../../api/ha-groups/save-ha-group';
import { planHaApply, reviewHaSetup, type ApplyPlanInput, type ReviewInput } from '../../domain/ha';
import { ipOf, type WizardData } from './use-wizard-data';
import type { WizardState } from './wizard-state';

/** The review step's input: every member's NIC facts as the data shows them now (placeholder words in the console's language). */
export function reviewInputOf(s: WizardState, data: WizardData): ReviewInput {
  const subnetName = (id: string) => data.subnets.data?.find((x) => x.id === id)?.name ?? id;
  const members = s.members.map((m) => {
    const port = data.memberPorts.get(m.portId) ?? data.nicPorts.find((p) => p.id === m.portId);
    const ip = port ? ipOf(port) : '';
    return {
      serverName: data.serverById.get(m.serverId)?.name ?? m.serverId,
      role: m.role,
      priority: Number(m.priority),
      nicIp: ip,
      nicNetworkId: port?.network_id ?? '',
      nicSubnetName: port ? subnetName(port.network_id) : t`an unknown subnet`,
      sourceDestCheckOn: port ? data.checkOn(port) : true,
      nicsInVipSubnet: data.nicPorts.filter((p) => p.device_id === m.serverId).length,
      otherVipCount: ip ? data.otherVipCount(ip) : 0,
    };
  });
  const memberIps = new Set(members.map((m) => m.nicIp));
  const vip = data.chosenVip;
  return {
    mode: s.mode ?? 'ha',
    vip: { ip: vip ? ipOf(vip) : s.vipIp.trim() || t`the new virtual IP`, networkId: s.subnetId, subnetName: data.subnet?.name ?? s.subnetId },
    members,
    otherBoundServers: vip ? vip.allowed_address_pairs.filter((p) => !memberIps.has(p.ip_address)).length : 0,
    virtualRouterId: Number(data.settings.vrid),
    routerIdsInSubnet: data.groupsInSubnet.map((g) => ({ id: g.virtual_router_id, groupName: g.name })),
  };
}

export const reviewOf = (s: WizardState, data: WizardData) => reviewHaSetup(reviewInputOf(s, data));

/**
 * The apply plan and the runner's context for the wizard's choices. Called only once no step is blocked,
 * so every number field holds a whole number in range, and the group gets exactly what the steps show.
 */
export function applyContextOf(s: WizardState, data: WizardData): ApplyContext {
  const name = data.settings.name;
  const vip = data.chosenVip;
  const eip = s.eip === 'none' || s.eip === 'new' ? null : data.eips.data?.find((e) => e.id === s.eip);
  const input: ApplyPlanInput = {
    groupName: name,
    vip: vip ? { kind: 'existing', ip: ipOf(vip) } : { kind: 'new', ip: s.vipIp.trim() || undefined, name: `vip-${name}`.slice(0, 64) },
    members: s.members.map((m) => {
      const port = data.memberPorts.get(m.portId) ?? data.nicPorts.find((p) => p.id === m.portId);
      return { serverName: data.serverById.get(m.serverId)?.name ?? m.serverId, portId: m.portId, ip: port ? ipOf(port) : '', role: m.role };
    }),
    eip: s.eip === 'new' ? { kind: 'new', name: s.eipName, bandwidth: Number(s.bandwidth) } : eip ? { kind: 'existing', id: eip.id, address: eip.public_ip_address } : { kind: 'none' },
  };
  const group: HaGroupFields = {
    name,
    mode: s.mode ?? 'ha',
    vip_port_id: vip?.id ?? '',
    eip_id: eip?.id,
    members: s.members.map((m) => ({ server_id: m.serverId, port_id: m.portId, role: m.role, priority: m.role === 'backend' ? 0 : Number(m.priority) })),
    virtual_router_id: Number(data.settings.vrid),
    advert_int: 1,
    preempt: s.preempt,
    check_command: s.command || undefined,
    service:
      s.mode === 'lvs-dr'
        ? {
            protocol: 'TCP',
            port: Number(s.port),
            scheduler: s.scheduler,
            persistence_timeout: Number(s.persistence),
            health_check: s.check === 'tcp' ? { type: 'TCP' } : { type: 'HTTP', path: s.check },
          }
        : undefined,
  };
  return {
    steps: planHaApply(input),
    log: [],
    groupId: null,
    group,
    subnet: { id: s.subnetId, neutronSubnetId: data.subnet?.neutron_subnet_id ?? '' },
    vipId: vip?.id ?? null,
    eipId: eip?.id ?? null,
  };
}
