import { Anchor, Badge, Button, Code, Loader, Paper, Skeleton, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isNotFound } from '../../api/client';
import { DEFAULT_DIRECTOR_CHECK, DEFAULT_HA_CHECK, useHaGroupFiles } from '../../api/ha-groups/config-spec';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { usePortsById } from '../../api/ports/get-port';
import { useVip } from '../../api/vips/get-vip';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { InlineError } from '../../components/inline-error';
import { NotFoundPage } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { ServerFilesView } from '../../components/server-files';
import { isSourceDestCheckOn } from '../../domain';
import { DeleteGroupDialog } from './delete-group-dialog';
import { EditGroupModal } from './edit-group-modal';
import { GroupStatusBadge } from './ha-group-list';
import { IncompleteSetup } from './incomplete-setup';
import { MODE_LABELS, ROLE_LABELS, useGroupRows } from './use-group-rows';

/** `topology`: the group's diagram, handed in by the route (features do not import each other). */
export function HaGroupDetail({ groupId, topology }: { groupId: string; topology?: ReactNode }) {
  const navigate = useNavigate();
  const query = useHaGroup(groupId);
  const group = query.data;
  const { rows } = useGroupRows(group ? [group] : undefined);
  const row = rows?.[0];
  const vip = useVip(group?.vip_port_id ?? '');
  const ports = usePortsById(group?.members.map((m) => m.port_id) ?? []);
  const { files, error: filesError } = useHaGroupFiles(group);
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const crumbs = [{ label: 'High availability', to: '/ha-groups' }, { label: 'HA groups', to: '/ha-groups' }, { label: group?.name ?? groupId }];
  if (isNotFound(query.error)) return <NotFoundPage crumbs={crumbs} what="HA group" backTo="/ha-groups" backLabel="Back to HA groups" />;
  const portById = new Map(ports.filter((q) => q.data).map((q) => [q.data!.id, q.data!]));
  const bound = new Set(vip.data?.allowed_address_pairs.map((p) => p.ip_address) ?? []);
  const service = group?.service;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={group ? `HA group ${group.name}` : <Skeleton h={28} w={240} />}
        description={group ? MODE_LABELS[group.mode] : undefined}
        actions={
          group && (
            <>
              {group.status === 'incomplete' && (group.apply_plan?.length ?? 0) > 0 ? (
                <Tooltip label="Finish the setup (Retry) or Undo it first." withArrow>
                  <Button variant="default" disabled>
                    Edit members
                  </Button>
                </Tooltip>
              ) : (
                <Button variant="default" onClick={() => setEditing(true)}>
                  Edit members
                </Button>
              )}
              <Button variant="light" color="red" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            </>
          )
        }
      />
      <InlineError error={query.error} title="Could not load the HA group" />
      {group && group.status === 'incomplete' && <IncompleteSetup group={group} />}
      {group && row ? (
        <DetailCard
          items={[
            { label: 'Status', value: <GroupStatusBadge status={group.status} /> },
            { label: 'Mode', value: MODE_LABELS[group.mode] },
            {
              label: 'Virtual IP',
              value: (
                <Anchor component={Link} to={`/vips/${group.vip_port_id}`} ff="monospace">
                  {row.vipIp}
                </Anchor>
              ),
            },
            {
              label: 'EIP',
              value: row.eip ? (
                <Anchor component={Link} to={`/eips/${row.eip.id}`} ff="monospace">
                  {row.eip.public_ip_address}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ),
            },
            { label: 'virtual_router_id', value: <Code>{group.virtual_router_id}</Code> },
            { label: 'Advertisement', value: `every ${group.advert_int} s, ${group.preempt ? 'preemption on' : 'nopreempt'}` },
            { label: 'Health check', value: <Code>{group.check_command || (group.mode === 'ha' ? DEFAULT_HA_CHECK : DEFAULT_DIRECTOR_CHECK)}</Code> },
            ...(service
              ? [
                  {
                    label: 'Service',
                    value: `TCP ${service.port}, ${service.scheduler}, persistence ${service.persistence_timeout} s, check ${service.health_check.type === 'HTTP' ? `HTTP ${service.health_check.path}` : 'TCP'}`,
                  },
                ]
              : []),
            { label: 'Created', value: formatDate(group.created_at) },
          ]}
        />
      ) : (
        !query.error && <Skeleton h={280} radius="md" mb="lg" />
      )}
      {group && row && (
        <Tabs defaultValue="members" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="members">Members</Tabs.Tab>
            <Tabs.Tab value="config">Configuration</Tabs.Tab>
            {topology && <Tabs.Tab value="topology">Topology</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="members">
            <Paper withBorder radius="md">
              <Table aria-label="Members" verticalSpacing="sm" horizontalSpacing="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Server</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Priority</Table.Th>
                    <Table.Th>NIC</Table.Th>
                    <Table.Th>Bound to the VIP</Table.Th>
                    <Table.Th>Source/Dest. check</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...group.members]
                    .sort((a, b) => b.priority - a.priority)
                    .map((m) => {
                      const nic = portById.get(m.port_id);
                      const ip = nic?.fixed_ips[0]?.ip_address;
                      const on = nic ? isSourceDestCheckOn(nic.allowed_address_pairs) : null;
                      return (
                        <Table.Tr key={m.server_id}>
                          <Table.Td>
                            <Anchor component={Link} to={`/servers/${m.server_id}`} size="sm">
                              {row.serverName(m.server_id)}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{ROLE_LABELS[m.role]}</Table.Td>
                          <Table.Td>{m.role === 'backend' ? <Text size="sm" c="dimmed">—</Text> : m.priority}</Table.Td>
                          <Table.Td>
                            <Text size="sm" ff="monospace">
                              {ip ?? '…'}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {m.role === 'backend' ? (
                              <Text size="sm" c="dimmed">
                                No (real servers hold the VIP on lo)
                              </Text>
                            ) : ip && bound.has(ip) ? (
                              'Yes'
                            ) : (
                              <Badge color="orange" variant="dot" radius="sm" fw={500} tt="none">
                                Not bound
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {on === null ? '…' : (
                              <Badge variant="dot" radius="sm" fw={500} color={on ? 'orange' : 'teal'} tt="none">
                                {on ? 'On' : 'Off'}
                              </Badge>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                </Table.Tbody>
              </Table>
            </Paper>
          </Tabs.Panel>
          {topology && <Tabs.Panel value="topology">{topology}</Tabs.Panel>}
          <Tabs.Panel value="config">
            <InlineError error={filesError} title="Could not read what the configuration needs" />
            {files ? <ServerFilesView servers={files} archiveName={group.name} /> : !filesError && <Loader size="sm" />}
          </Tabs.Panel>
        </Tabs>
      )}
      <DeleteGroupDialog row={deleting && row ? row : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/ha-groups')} />
      {group && editing && <EditGroupModal group={group} onClose={() => setEditing(false)} />}
    </>
  );
}
