import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAllHaGroups } from '../../api/ha-groups/get-ha-groups';
import { useGroupHealth } from '../../api/ha-groups/use-group-health';
import { formatDate } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { TruncatedName } from '../../components/truncated-name';
import { useMarkerListState } from '../../components/use-list-state';
import { DeleteGroupDialog } from './delete-group-dialog';
import { useDeleteGroup } from './use-delete-group';
import { GroupHealthBadge } from './group-health-alert';
import { healthText } from './health-text';
import { MODE_NAMES, ROLE_NAMES, useGroupRows, type GroupRow } from './use-group-rows';

export function GroupStatusBadge({ status }: { status: 'complete' | 'incomplete' }) {
  return (
    <Badge variant="dot" color={status === 'complete' ? 'teal' : 'orange'} radius="sm" tt="none" fw={500}>
      {status === 'complete' ? <Trans>Complete</Trans> : <Trans>Incomplete</Trans>}
    </Badge>
  );
}


export function HaGroupList() {
  const { t, i18n } = useLingui();
  const groups = useAllHaGroups();
  const list = useMarkerListState();
  const { rows: all } = useGroupRows(groups.data);
  const needle = list.name?.toLowerCase();
  const rows = needle ? all?.filter((r) => r.group.name.toLowerCase().includes(needle)) : all;
  const health = useGroupHealth(groups.data);
  const [deleting, setDeleting] = useState<GroupRow | null>(null);
  const navigate = useNavigate();
  const deleteGroup = useDeleteGroup();
  const columns: Column<GroupRow>[] = [
    {
      key: 'name',
      header: t`Name`,
      render: (r) => <TruncatedName name={r.group.name} to={`/ha-groups/${r.group.id}`} />,
    },
    { key: 'mode', header: t`Mode`, wrap: true, render: (r) => t(MODE_NAMES[r.group.mode]) },
    {
      key: 'vip',
      header: t`Virtual IP`,
      render: (r) => (
        <Anchor component={Link} to={`/vips/${r.group.vip_port_id}`} ff="monospace" size="sm">
          {r.vipIp}
        </Anchor>
      ),
    },
    { key: 'eip', header: t`EIP`, from: 'lg', render: (r) => (r.eip ? <Text ff="monospace" size="sm">{r.eip.public_ip_address}</Text> : <Text size="sm" c="dimmed">—</Text>) },
    {
      key: 'members',
      header: t`Members (role, priority)`,
      wrap: true,
      render: (r) => (
        <Stack gap={0}>
          {r.group.members.map((m) => (
            <Text key={m.server_id} size="sm">
              {r.serverName(m.server_id)}{' '}
              <Text span size="xs" c="dimmed">
                {t(ROLE_NAMES[m.role])}
                {m.role !== 'backend' ? ` ${m.priority}` : ''}
              </Text>
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t`Status`,
      wrap: true,
      render: (r) => {
        const h = health.get(r.group.id);
        const others = h ? h.problems.length - 1 : 0;
        return (
          <Stack gap={2} miw={110} maw={220}>
            <GroupHealthBadge health={h} status={r.group.status} />
            {h && h.problems.length > 0 && (
              <Text size="xs" c="dimmed" lineClamp={2} title={h.problems.map((p) => healthText(p.text, i18n)).join('\n')}>
                {healthText(h.problems[0].text, i18n)}
                {others > 0 ? ` ${plural(others, { other: '(+# more)' })}` : ''}
              </Text>
            )}
          </Stack>
        );
      },
    },
    { key: 'created', header: t`Created`, from: 'xl', render: (r) => formatDate(r.group.created_at) },
  ];
  return (
    <>
      <ListPage
        label={t`HA groups`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.group.id}
        rowName={(r) => r.group.name}
        query={groups}
        state={list}
        searchLabel={t`Search HA groups by name`}
        create={{ label: t`Set up HA`, to: '/ha-groups/new' }}
        empty={{
          title: t`No HA groups yet`,
          noMatch: t`No HA group matches`,
          description: t`Set up an active/standby pair or an LVS-DR cluster on a virtual IP: the wizard checks first, applies step by step, and ends with the configuration for each server.`,
        }}
        rowActions={(r) => ({
          actions: [
            ...(r.group.status === 'incomplete' && (r.group.apply_plan?.length ?? 0) > 0
              ? [{ kind: 'resume' as const, label: t`Resume setup`, disabledReason: null }]
              : []),
            { kind: 'delete' as const, label: t`Delete`, danger: true, disabledReason: null },
          ],
          onAction: (kind) => (kind === 'resume' ? navigate(`/ha-groups/new?step=apply&group=${r.group.id}`) : setDeleting(r)),
        })}
        bulkActions={[
          {
            kind: 'delete',
            label: t`Delete`,
            title: t`Delete the selected HA groups?`,
            run: deleteGroup,
            notice: () =>
              t`Their members are unbound from their virtual IPs; the virtual IPs and EIPs are kept (delete a group on its own to release them too).`,
          },
        ]}
      />
      <DeleteGroupDialog row={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
