import type { MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Button, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { z } from 'zod';
import { useSubnetPorts } from '../../api/ports/get-ports';
import { useServersById } from '../../api/servers/get-server';
import { useVip } from '../../api/vips/get-vip';
import type { HaGroup } from '../../contract';
import { FormModal } from '../../components/form-modal';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import { haEditWorkflow } from '../../workflows/ha-groups';
import { useWorkflow } from '../../workflows/use-workflow';
import { NUMBER_RULES } from '../../domain/rules/number-rules';
import { numberText } from '../../components/problem-text';
import { ROLE_NAMES } from './use-group-rows';
import { Hint } from '../../components/hint';

type Member = HaGroup['members'][number];
/** A member as edited: the priority field holds what is typed ("" when empty) until it is saved. */
type DraftMember = Omit<Member, 'priority'> & { priority: number | string };

type Role = Member['role'];

/** Why a member of this role has no Remove. */
const KEPT: Record<Role, MessageDescriptor> = {
  active: msg`The active server cannot be removed`,
  standby: msg`A standby server cannot be removed`,
  director: msg`A director cannot be removed`,
  backend: msg`A real server cannot be removed`,
};

/**
 * Each VRRP member's priority is a whole number 1-254 (the API's rule and words), and its own. Made on each
 * render, so its own words follow the console's language.
 */
const membersForm = (nameOf: (serverId: string) => string): z.ZodType<Member[], { members: DraftMember[] }> =>
  z
    .object({ members: z.array(z.custom<DraftMember>()) })
    .superRefine(({ members }, ctx) => {
      members.forEach((m, i) => {
        if (m.role === 'backend') return;
        const twin = members.find((o) => o.server_id !== m.server_id && o.role !== 'backend' && Number(o.priority) === Number(m.priority));
        const other = twin ? nameOf(twin.server_id) : '';
        const priority = String(m.priority);
        const message = numberText(NUMBER_RULES.priority, m.priority) ?? (twin ? t`${other} has priority ${priority} too; give each node its own.` : null);
        if (message) ctx.addIssue({ code: 'custom', path: ['members', i, 'priority'], message });
      });
    })
    .transform(({ members }) => members.map((m) => ({ ...m, priority: Number(m.priority) })));

/**
 * Changes a group's members: priorities, and adding or removing a standby (HA) or a real server
 * (LVS-DR). The bindings follow: a new VRRP member is bound to the VIP, every new member gets the
 * check off, a removed VRRP member is unbound (its check is left as it is).
 */
export function EditGroupModal({ group, onClose }: { group: HaGroup; onClose: () => void }) {
  const { t } = useLingui();
  const [adding, setAdding] = useState<string | null>(null);
  const flow = useWorkflow();
  const vip = useVip(group.vip_port_id);
  const ports = useSubnetPorts(vip.data?.network_id ?? '');
  const nics = (ports.data ?? []).filter((p) => p.device_owner.startsWith('compute:'));
  const serverIds = [...new Set([...nics.map((n) => n.device_id), ...group.members.map((m) => m.server_id)])].sort();
  const servers = useServersById(serverIds);
  const name = (id: string) => servers.find((q) => q.data?.id === id)?.data?.name ?? id;
  const ipOf = (portId: string) => nics.find((n) => n.id === portId)?.fixed_ips[0]?.ip_address ?? '';
  const edit = useSchemaForm(membersForm(name), { members: group.members as DraftMember[] });
  const { form } = edit;
  const members = form.values.members;
  const addRole = group.mode === 'ha' ? 'standby' : 'backend';
  const removable = (m: DraftMember) => m.role === addRole && members.filter((x) => x.role === addRole).length > (group.mode === 'ha' ? 1 : 2);
  const free = nics.filter((n) => !members.some((m) => m.server_id === n.device_id));

  const add = () => {
    const nic = nics.find((n) => n.id === adding);
    if (!nic) return;
    const used = new Set(members.filter((m) => m.role !== 'backend').map((m) => Number(m.priority)));
    const priority = addRole === 'backend' ? 0 : ([100, 90, 80, 70, 60, 50, 40, 30, 20, 10].find((p) => !used.has(p)) ?? 5);
    form.insertListItem('members', { server_id: nic.device_id, port_id: nic.id, role: addRole, priority });
    setAdding(null);
  };

  const groupName = group.name;
  const save = async (saved: Member[]) => {
    const change = (m: Member) => ({ serverName: name(m.server_id), portId: m.port_id, ip: ipOf(m.port_id), vrrp: m.role !== 'backend' });
    const added = saved.filter((m) => !group.members.some((o) => o.server_id === m.server_id)).map(change);
    const removed = group.members.filter((o) => !saved.some((m) => m.server_id === o.server_id)).map(change);
    const workflow = haEditWorkflow({
      group: { id: group.id, name: group.name, vipPortId: group.vip_port_id, vipIp: vip.data?.fixed_ips[0]?.ip_address ?? '' },
      members: saved,
      added,
      removed,
    });
    const count = saved.length;
    if (await flow.start(workflow)) notifySuccess(t`HA group saved`, t`${groupName}: ${plural(count, { one: '# member', other: '# members' })}; the configuration is regenerated.`);
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t`Edit members of ${groupName}`}
      form={edit}
      onSubmit={save}
      submitLabel={t`Save`}
      submitDisabled={!edit.valid}
      flow={flow}
      stepsLabel={t`Save steps`}
    >
      <Table aria-label={t`Members`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>
              <Trans>Server</Trans>
            </Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>
              <Trans>Role</Trans>
            </Table.Th>
            <Table.Th w={{ base: 120, sm: 220 }}>
              <Trans>Priority</Trans>
            </Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m, i) => {
            const server = name(m.server_id);
            return (
              <Table.Tr key={m.server_id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{server}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(ROLE_NAMES[m.role])}</Table.Td>
                <Table.Td>
                  {m.role === 'backend' ? (
                    <Text size="sm" c="dimmed">—</Text>
                  ) : (
                    <NumberInput
                      size="xs"
                      aria-label={t`Priority of ${server}`}
                      min={1}
                      max={254}
                      clampBehavior="none"
                      data-autofocus={i === 0 ? true : undefined}
                      {...form.getInputProps(`members.${i}.priority`)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Hint label={removable(m) ? t`Remove ${server}` : m.role === addRole ? t`The group needs this many` : t(KEPT[m.role])} withArrow>
                    <ActionIcon variant="subtle" color="red" disabled={!removable(m)} aria-label={t`Remove ${server}`} onClick={() => form.removeListItem('members', i)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Hint>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <Select
          label={addRole === 'standby' ? t`Add a standby server` : t`Add a real server`}
          placeholder={free.length ? t`A server of the subnet` : t`No other server in the subnet`}
          data={free.map((n) => ({ value: n.id, label: `${name(n.device_id)} (${n.fixed_ips[0]?.ip_address})` }))}
          value={adding}
          onChange={setAdding}
          disabled={free.length === 0}
          w={300}
        />
        <Button variant="default" onClick={add} disabled={!adding}>
          <Trans>Add</Trans>
        </Button>
      </Group>
      {!edit.valid && (
        <Text size="sm" c="red">
          <Trans>Correct the priorities marked above.</Trans>
        </Text>
      )}
    </FormModal>
  );
}
