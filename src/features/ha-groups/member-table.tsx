import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Paper, Table, Text } from '@mantine/core';
import type { MessageDescriptor } from '@lingui/core';
import type { HaGroup, Port } from '../../contract';
import { CheckOnFlag } from '../../components/check-on-flag';
import { StatusBadge } from '../../components/status-badge';
import { isSourceDestCheckOn, type HalfDoneBinding } from '../../domain';
import type { GroupHealth } from '../../domain/ha';
import { ROLE_NAMES } from './use-group-rows';
import { Hint } from '../../components/hint';
import { healthText } from './health-text';
import { ScrollX } from '../../components/scroll-x';
import { TruncatedName } from '../../components/truncated-name';

interface Props {
  group: HaGroup;
  health: GroupHealth | undefined;
  portById: Map<string, Port>;
  boundIps: Set<string>;
  halfDone: readonly HalfDoneBinding[];
}

/** Verdicts wrap rather than being cut off. */
const WRAP = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

const SERVER_LABELS: Record<string, MessageDescriptor> = { ACTIVE: msg`Running`, SHUTOFF: msg`Stopped`, BUILD: msg`Creating`, ERROR: msg`Error` };

function ServerState({ state }: { state: string }) {
  const { t } = useLingui();
  if (state === 'deleted') return <StatusBadge status="ERROR" label={t`Deleted`} />;
  if (state === 'unknown') return <Text size="sm">…</Text>;
  const label = SERVER_LABELS[state];
  return <StatusBadge status={state} label={label ? t(label) : state} />;
}

/** Each member: its server's state, its NIC, whether the NIC is in the VIP's pairs, its check, and the verdict. */
export function MemberTable({ group, health, portById, boundIps, halfDone }: Props) {
  const { t, i18n } = useLingui();
  const verdictOf = new Map(health?.members.map((m) => [m.serverId, m]) ?? []);
  return (
    <Paper withBorder radius="md">
      <ScrollX label={t`Members`}>
      <Table aria-label={t`Members`} verticalSpacing={6} horizontalSpacing="sm" className="nowrap-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Trans>Server</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Role</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Priority</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Server status</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>NIC</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Bound to the VIP</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Source/Dest. check</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Can hold the VIP</Trans>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...group.members]
            .sort((a, b) => b.priority - a.priority)
            .map((m) => {
              const v = verdictOf.get(m.server_id);
              const nic = portById.get(m.port_id);
              const ip = nic?.fixed_ips[0]?.ip_address;
              const on = nic ? isSourceDestCheckOn(nic.allowed_address_pairs) : null;
              const flag = halfDone.find((b) => b.nicPortId === m.port_id);
              return (
                <Table.Tr key={m.server_id}>
                  <Table.Td>
                    {v?.state === 'deleted' ? (
                      <Text size="sm">{v.name}</Text>
                    ) : (
                      <TruncatedName name={v?.name ?? m.server_id} to={`/servers/${m.server_id}`} />
                    )}
                  </Table.Td>
                  <Table.Td>{t(ROLE_NAMES[m.role])}</Table.Td>
                  <Table.Td>{m.role === 'backend' ? <Text size="sm" c="dimmed">—</Text> : m.priority}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <ServerState state={v?.server ?? 'unknown'} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {ip ?? (v?.state === 'nic-missing' ? t`gone` : '…')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {m.role === 'backend' ? (
                      <Text size="sm" c="dimmed">
                        <Trans>No (real servers hold the VIP on lo)</Trans>
                      </Text>
                    ) : ip && boundIps.has(ip) ? (
                      t`Yes`
                    ) : (
                      <Badge color="orange" variant="dot" radius="sm" fw={500} tt="none">
                        <Trans>Not bound</Trans>
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {flag ? (
                      <CheckOnFlag binding={flag} />
                    ) : on === null ? (
                      '…'
                    ) : (
                      <Badge variant="dot" radius="sm" fw={500} color={on ? 'orange' : 'teal'} tt="none">
                        {on ? t`On` : t`Off`}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {v && (
                      <Hint label={v.fixText && healthText(v.fixText, i18n)} disabled={!v.fixText} multiline w={300} withArrow>
                        <Badge variant="dot" radius="sm" fw={500} tt="none" h="auto" py={2} styles={WRAP} color={v.ok === null ? 'gray' : v.ok ? 'teal' : 'red'}>
                          {healthText(v.verdictText, i18n)}
                        </Badge>
                      </Hint>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
      </ScrollX>
    </Paper>
  );
}
