import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Code, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { HaGroup } from '../../contract';
import { DEFAULT_DIRECTOR_CHECK, DEFAULT_HA_CHECK } from '../../api/ha-groups/config-spec';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { useGroupHealth } from '../../api/ha-groups/use-group-health';
import { usePortsById } from '../../api/ports/get-port';
import { useHalfDoneBindingsOfVips } from '../../api/ports/use-half-done-bindings';
import { useVip } from '../../api/vips/get-vip';
import { DetailPage, type DetailTab } from '../../components/detail-page';
import { TerraformExportButton } from '../../components/terraform-export-button';
import { formatDate } from '../../components/format';
import { WriteButton } from '../../components/write-button';
import { DeleteGroupDialog } from './delete-group-dialog';
import { EditGroupModal } from './edit-group-modal';
import { GroupConfig } from './group-config';
import { GroupHealthAlert, GroupHealthBadge } from './group-health-alert';
import { IncompleteSetup } from './incomplete-setup';
import { MemberTable } from './member-table';
import { MODE_NAMES, useGroupRows } from './use-group-rows';

/** `topology`: the group's diagram, handed in by the route (features do not import each other). */
export function HaGroupDetail({ groupId, topology }: { groupId: string; topology?: ReactNode }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const query = useHaGroup(groupId);
  const group = query.data;
  const { rows } = useGroupRows(group ? [group] : undefined);
  const row = rows?.[0];
  const vip = useVip(group?.vip_port_id ?? '');
  const ports = usePortsById(group?.members.map((m) => m.port_id) ?? []);
  const health = useGroupHealth(group ? [group] : undefined).get(groupId);
  const halfDone = useHalfDoneBindingsOfVips(vip.data ? [vip.data] : undefined);
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const portById = new Map(ports.filter((q) => q.data).map((q) => [q.data!.id, q.data!]));
  const bound = new Set(vip.data?.allowed_address_pairs.map((p) => p.ip_address) ?? []);
  const service = group?.service;
  const settingUp = group?.status === 'incomplete' && (group.apply_plan?.length ?? 0) > 0;
  const name = group?.name;
  const advertisement = ({ advert_int: interval, preempt }: HaGroup) =>
    preempt ? t`every ${interval} s, preemption on` : t`every ${interval} s, nopreempt`;
  const serviceText = ({ port, scheduler, persistence_timeout: timeout, health_check: check }: NonNullable<HaGroup['service']>) => {
    const checkText = check.type === 'HTTP' ? `HTTP ${check.path}` : check.type;
    return t`TCP ${port}, ${scheduler}, persistence ${timeout} s, check ${checkText}`;
  };
  const tabs: DetailTab[] = [
    {
      value: 'members',
      label: t`Members`,
      content: group && <MemberTable group={group} health={health} portById={portById} boundIps={bound} halfDone={halfDone.bindings} />,
    },
    { value: 'configuration', label: t`Configuration`, content: group && <GroupConfig group={group} health={health} /> },
    ...(topology ? [{ value: 'topology', label: t`Topology`, content: topology }] : []),
  ];
  return (
    <DetailPage
      crumbs={[{ label: t`High availability`, to: '/ha-groups' }, { label: t`HA groups`, to: '/ha-groups' }, { label: name ?? groupId }]}
      title={group && t`HA group ${name}`}
      description={group ? t(MODE_NAMES[group.mode]) : undefined}
      operations={{ resourceType: 'ha-group', resourceId: groupId }}
      actions={
        <>
          <TerraformExportButton target={() => ({ kind: 'group', groupId })} />
          <WriteButton variant="default" onClick={() => setEditing(true)} blockedReason={settingUp ? t`Finish the setup (Retry) or Undo it first.` : null}>
            <Trans>Edit members</Trans>
          </WriteButton>
          <WriteButton variant="light" color="red" onClick={() => setDeleting(true)}>
            <Trans>Delete</Trans>
          </WriteButton>
        </>
      }
      notFound={{ what: t`HA group`, backTo: '/ha-groups', backLabel: t`Back to HA groups` }}
      error={query.error}
      errorTitle={t`Could not load the HA group`}
      alerts={
        group && (
          <>
            <GroupHealthAlert name={group.name} health={health} />
            {settingUp && <IncompleteSetup group={group} />}
          </>
        )
      }
      summaryHeight={280}
      summary={
        group &&
        row && [
          { label: t`Status`, value: <GroupHealthBadge health={health} status={group.status} /> },
          { label: t`Mode`, value: t(MODE_NAMES[group.mode]) },
          {
            label: t`Virtual IP`,
            value: (
              <Anchor component={Link} to={`/vips/${group.vip_port_id}`} ff="monospace">
                {row.vipIp}
              </Anchor>
            ),
          },
          {
            label: t`EIP`,
            value: row.eip ? (
              <Anchor component={Link} to={`/eips/${row.eip.id}`} ff="monospace">
                {row.eip.public_ip_address}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                —
              </Text>
            ),
          },
          { label: t`Virtual router ID`, value: <Code>{group.virtual_router_id}</Code> },
          { label: t`Advertisement`, value: advertisement(group) },
          { label: t`Health check`, value: <Code>{group.check_command || (group.mode === 'ha' ? DEFAULT_HA_CHECK : DEFAULT_DIRECTOR_CHECK)}</Code> },
          ...(service
            ? [
                {
                  label: t`Service`,
                  value: serviceText(service),
                },
              ]
            : []),
          { label: t`Created`, value: formatDate(group.created_at) },
        ]
      }
      tabs={{ base: `/ha-groups/${groupId}`, list: tabs }}
    >
      <DeleteGroupDialog row={deleting && row ? row : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/ha-groups')} />
      {group && editing && <EditGroupModal group={group} onClose={() => setEditing(false)} />}
    </DetailPage>
  );
}
