import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, NumberInput, Paper, ScrollArea, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { HaRole } from '../../contract';
import { InlineError } from '../../components/inline-error';
import { numberText, problemText } from '../../components/problem-text';
import { checkName, NUMBER_RULES } from '../../domain';
import type { StepProps } from './steps-network';
import { ipOf } from './use-wizard-data';
import { COMMAND_PATTERN, ROLE_LABELS, assignRole, rolesOf, type NumberEntry, type Scheduler } from './wizard-state';
import { DEFAULT_DIRECTOR_CHECK, DEFAULT_HA_CHECK } from '../../api/ha-groups/config-spec';
import { Hint } from '../../components/hint';

const SCHEDULERS: { value: Scheduler; label: MessageDescriptor }[] = [
  { value: 'rr', label: msg`rr — round robin` },
  { value: 'wrr', label: msg`wrr — weighted round robin` },
  { value: 'lc', label: msg`lc — least connections` },
  { value: 'wlc', label: msg`wlc — weighted least connections` },
];

export function ServersStep({ s, set, data }: StepProps) {
  const { t } = useLingui();
  const mode = s.mode ?? 'ha';
  const roles = rolesOf(mode);
  const directors = s.members.filter((m) => m.role === 'director').length;
  const subnetName = data.subnet?.name ?? t`the subnet`;
  const setRole = (serverId: string, portId: string, role: HaRole | null) => set((now) => ({ members: assignRole(now.members, serverId, portId, role) }));
  const setPriority = (serverId: string, priority: NumberEntry) => set((now) => ({ members: now.members.map((m) => (m.serverId === serverId ? { ...m, priority } : m)) }));
  const nameError = problemText(checkName(data.settings.name));
  const [nicPick, setNicPick] = useState<Record<string, string>>({});
  return (
    <Stack gap="lg">
      <InlineError error={data.error} title={t`Could not load the servers`} />
      <div>
        <Title order={3} fz="h5" mb={4}>
          <Trans>Servers</Trans>
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {mode === 'ha'
            ? t`Choose one active server and one or more standby servers, each with its own priority (the highest holds the virtual IP). Only servers with a NIC in ${subnetName} can be chosen.`
            : t`Choose two directors (active and standby) and two or more real servers. Only servers with a NIC in ${subnetName} can be chosen.`}
        </Text>
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table aria-label={t`Servers`} verticalSpacing="xs" miw={700}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>
                    <Trans>Server</Trans>
                  </Table.Th>
                  <Table.Th w={240}>
                    <Trans>NIC</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Source/Dest. check</Trans>
                  </Table.Th>
                  <Table.Th w={160}>
                    <Trans>Role</Trans>
                  </Table.Th>
                  <Table.Th w={200}>
                    <Trans>Priority</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.candidates.map(({ server, nics, allNics }) => {
                  const member = s.members.find((m) => m.serverId === server.id);
                  const nic = nics.find((n) => n.id === (member?.portId ?? nicPick[server.id])) ?? nics[0];
                  const roleOptions = roles.map((r) => ({
                    value: r,
                    label: t(ROLE_LABELS[r]),
                    disabled: r === 'director' && directors >= 2 && member?.role !== 'director',
                  }));
                  const serverName = server.name;
                  const groups = data.groupsOfServer(server.id).join(', ');
                  const nicsHere = nics.length;
                  return (
                    <Table.Tr key={server.id}>
                      <Table.Td>
                        <Text fw={500} size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {server.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {server.status === 'ACTIVE' ? t`Running` : server.status === 'SHUTOFF' ? t`Stopped` : server.status}
                          {groups ? t` · in ${groups}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {allNics.length > 1 ? (
                          <Select
                            aria-label={t`NIC of ${serverName}`}
                            size="xs"
                            w={210}
                            allowDeselect={false}
                            data={allNics.map((n) => ({ value: n.port_id, label: `${n.ip} (${n.subnet_name})`, disabled: n.network_id !== s.subnetId }))}
                            value={nic?.id ?? null}
                            onChange={(v) => {
                              if (!v) return;
                              setNicPick((p) => ({ ...p, [server.id]: v }));
                              if (member) set((now) => ({ members: now.members.map((m) => (m.serverId === server.id ? { ...m, portId: v } : m)) }));
                            }}
                            description={nicsHere > 1 ? t`${nicsHere} NICs in ${subnetName}: choose one` : t`Only its NIC in ${subnetName} can take the VIP`}
                          />
                        ) : (
                          <Text size="sm" ff="monospace">
                            {nic ? ipOf(nic) : '—'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {nic && (
                          <>
                            <Badge variant="dot" radius="sm" fw={500} color={data.checkOn(nic) ? 'yellow' : 'teal'} tt="none">
                              {data.checkOn(nic) ? t`On` : t`Off`}
                            </Badge>
                            {data.checkOn(nic) && (
                              <Text size="xs" c="dimmed">
                                <Trans>Apply turns it off</Trans>
                              </Text>
                            )}
                          </>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t`Role of ${serverName}`}
                          size="xs"
                          placeholder={t`None`}
                          clearable
                          data={roleOptions}
                          value={member?.role ?? null}
                          onChange={(v) => nic && setRole(server.id, nic.id, (v as HaRole | null) ?? null)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {member && member.role !== 'backend' ? (
                          <NumberInput
                            aria-label={t`Priority of ${serverName}`}
                            size="xs"
                            min={1}
                            max={254}
                            clampBehavior="none"
                            value={member.priority}
                            error={numberText(NUMBER_RULES.priority, member.priority)}
                            onChange={(v) => setPriority(server.id, v)}
                          />
                        ) : (
                          <Text size="sm" c="dimmed">
                            {member ? t`weight 1` : '—'}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {data.outsiders.map(({ server, reason }) => {
                  const serverName = server.name;
                  return (
                  <Table.Tr key={server.id} bg="var(--app-color-subtle)" aria-disabled>
                    <Table.Td>
                      <Text fw={500} size="sm" c="dimmed">
                        {server.name}
                      </Text>
                    </Table.Td>
                    <Table.Td colSpan={2}>
                      <Text size="xs" c="dimmed">
                        {reason}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Hint label={reason} multiline maw={320} withArrow>
                        <div>
                          <Select aria-label={t`Role of ${serverName}`} size="xs" placeholder={t`Unavailable`} data={[]} disabled />
                        </div>
                      </Hint>
                    </Table.Td>
                    <Table.Td />
                  </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {data.candidates.length === 0 && !data.loading && (
            <Text size="sm" c="dimmed" p="md">
              <Trans>No server has a NIC in {subnetName}. Create servers in it first (Servers, Create Server).</Trans>
            </Text>
          )}
          {data.outsidersTotal > 50 && (
            <Text size="xs" c="dimmed" p="xs">
              <Trans>Servers outside {subnetName} are listed from the newest 50 only.</Trans>
            </Text>
          )}
        </Paper>
      </div>
      {mode === 'lvs-dr' && (
        <div>
          <Title order={3} fz="h5" mb={4}>
            <Trans>Service</Trans>
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            <Trans>What the directors balance: requests to the virtual IP on this TCP port go to the real servers.</Trans>
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NumberInput
              label={t`TCP port`}
              min={NUMBER_RULES.servicePort.min}
              max={NUMBER_RULES.servicePort.max}
              clampBehavior="none"
              value={s.port}
              onChange={(v) => set({ port: v })}
              error={numberText(NUMBER_RULES.servicePort, s.port)}
            />
            <Select
              label={t`Scheduler`}
              allowDeselect={false}
              data={SCHEDULERS.map((x) => ({ value: x.value, label: t(x.label) }))}
              value={s.scheduler}
              onChange={(v) => v && set({ scheduler: v as Scheduler })}
            />
            <NumberInput
              label={t`Persistence (seconds)`}
              description={t`0 turns it off`}
              min={NUMBER_RULES.persistenceTimeout.min}
              max={NUMBER_RULES.persistenceTimeout.max}
              clampBehavior="none"
              value={s.persistence}
              onChange={(v) => set({ persistence: v })}
              error={numberText(NUMBER_RULES.persistenceTimeout, s.persistence)}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                <Trans>Health check</Trans>
              </Text>
              <SegmentedControl
                aria-label={t`Health check`}
                data={['TCP', 'HTTP']}
                value={s.check === 'tcp' ? 'TCP' : 'HTTP'}
                onChange={(v) => set({ check: v === 'TCP' ? 'tcp' : '/healthz' })}
              />
            </Stack>
          </SimpleGrid>
          {s.check !== 'tcp' && (
            <TextInput
              mt="sm"
              maw={320}
              label={t`HTTP check path`}
              description={t`Each real server must answer 200 on it.`}
              value={s.check}
              onChange={(e) => set({ check: e.currentTarget.value || '/' })}
              error={/^\/\S*$/.test(s.check) ? null : t`Start with / and use no spaces.`}
            />
          )}
        </div>
      )}
      <div>
        <Title order={3} fz="h5" mb={4}>
          <Trans>Group settings</Trans>
        </Title>
        <Group align="flex-start" gap="md">
          <TextInput label={t`HA group name`} description={t`Letters, digits, _ - and .`} w={240} value={data.settings.name} onChange={(e) => set({ name: e.currentTarget.value })} error={nameError} />
          <NumberInput
            label="virtual_router_id"
            description={t`A free one in ${subnetName}`}
            w={200}
            min={NUMBER_RULES.virtualRouterId.min}
            max={NUMBER_RULES.virtualRouterId.max}
            clampBehavior="none"
            value={data.settings.vrid}
            onChange={(v) => set({ vrid: v })}
            error={numberText(NUMBER_RULES.virtualRouterId, data.settings.vrid)}
          />
          <TextInput
            label={t`Health check command`}
            description={t`Every 2 s; 3 failures give up the VIP`}
            w={300}
            placeholder={mode === 'ha' ? DEFAULT_HA_CHECK : DEFAULT_DIRECTOR_CHECK}
            value={s.command}
            onChange={(e) => set({ command: e.currentTarget.value })}
            error={s.command && !COMMAND_PATTERN.test(s.command) ? t`An absolute command (starting with /), without quotes or backslashes.` : null}
          />
        </Group>
        <Switch
          mt="md"
          label={t`Preemption`}
          description={s.preempt ? t`A recovered higher-priority node takes the VIP back` : t`nopreempt: the VIP stays where it is`}
          checked={s.preempt}
          onChange={(e) => set({ preempt: e.currentTarget.checked })}
        />
      </div>
    </Stack>
  );
}
