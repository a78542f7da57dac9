import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Checkbox, Group, Paper, ScrollArea, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { useSubnetPorts } from '../../api/ports/get-ports';
import { nicFactsOf } from '../../api/servers/server-addresses';
import { useServers } from '../../api/servers/get-servers';
import { useServersByIdList } from '../../api/servers/get-servers-by-id';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVips } from '../../api/vips/get-vips';
import { BindingWarnings } from '../../components/binding-warnings';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { Pager } from '../../components/pager';
import { FormModal } from '../../components/form-modal';
import { useSchemaForm } from '../../components/use-schema-form';
import { bindingWarnings, type NicFacts } from '../../domain';
import { bindWorkflow } from '../../workflows/binding';
import { useWorkflow } from '../../workflows/use-workflow';
import { orderServerChoices, serverChoice } from './server-choice';
import { boundIpsOf, toVipFacts, type VipRow } from './vip-row';

const PAGE_SIZE = 8;

interface Props {
  row: VipRow | null;
  onClose: () => void;
}

/** Made on each render, so its words follow the console's language. */
const pickForm = () =>
  z
    .object({ chosen: z.record(z.string(), z.custom<NicFacts>()) })
    .refine((v) => Object.keys(v.chosen).length > 0, { path: ['chosen'], message: t`Choose at least one server.` })
    .transform((v) => Object.values(v.chosen));

export function BindServerModal({ row, onClose }: Props) {
  const { t } = useLingui();
  const flow = useWorkflow();
  const pick = useSchemaForm(pickForm(), { chosen: {} as Record<string, NicFacts> });
  const chosenNics = Object.values(pick.form.values.chosen);
  const count = chosenNics.length;
  const names = chosenNics.map((n) => n.server_name).join(t`, `);
  const ip = row?.ip ?? '';
  const submit = async (nics: NicFacts[]) => {
    if (!row) return;
    const targets = nics.map((n) => ({ portId: n.port_id, ip: n.ip, label: `${n.server_name} (${n.ip})` }));
    if (await flow.start(bindWorkflow({ id: row.port.id, ip: row.ip }, targets))) {
      const servers = targets.map((target) => target.label).join(t`, `);
      notifySuccess(t`Virtual IP bound`, t`${ip} is bound to ${servers}; Source/Destination Check is off on each NIC.`);
    }
  };
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      title={t`Bind ${ip} to servers`}
      size="xl"
      form={pick}
      onSubmit={submit}
      submitLabel={t`Bind`}
      submitDisabled={!pick.valid}
      flow={flow}
      status={
        <Text size="sm" c="dimmed">
          {count ? t`${count} selected: ${names}` : t`No server selected`}
        </Text>
      }
    >
      {row && <ServerPicker key={row.port.id} row={row} chosen={pick.form.values.chosen} onChosen={(chosen) => pick.form.setFieldValue('chosen', chosen)} />}
    </FormModal>
  );
}

interface PickerProps {
  row: VipRow;
  chosen: Record<string, NicFacts>;
  onChosen: (chosen: Record<string, NicFacts>) => void;
}

function ServerPicker({ row, chosen, onChosen }: PickerProps) {
  const { t } = useLingui();
  const [search, setSearch] = useState('');
  const [name] = useDebouncedValue(search.trim(), 250);
  const [pageState, setPageState] = useState({ name: '', page: 1 });
  const page = pageState.name === name ? pageState.page : 1;
  const servers = useServers({ page, pageSize: PAGE_SIZE, name: name || undefined, sortKey: 'name', sortDir: 'asc' });
  const subnetPorts = useSubnetPorts(row.port.network_id);
  const inSubnetIds = useMemo(
    () => [...new Set((subnetPorts.data ?? []).filter((p) => p.device_owner.startsWith('compute:') && p.device_id).map((p) => p.device_id))],
    [subnetPorts.data],
  );
  const inSubnet = useServersByIdList(inSubnetIds);
  const inSubnetServers = useMemo(() => (inSubnetIds.length ? (inSubnet.data ?? []) : []), [inSubnetIds.length, inSubnet.data]);
  const inSubnetLoaded = subnetPorts.isSuccess && (inSubnetIds.length === 0 || !inSubnet.isPending);
  const subnets = useAllSubnets();
  const vips = useAllVips();
  const [nicsSeen, setNicsSeen] = useState<Record<string, NicFacts[]>>({});

  const vip = toVipFacts(row);
  const subnetName = row.subnet?.name ?? row.port.network_id;
  const choices = useMemo(() => {
    const ids = new Set(inSubnetIds);
    const needle = name.toLowerCase();
    const pinned = inSubnetServers.filter((s) => s.name.toLowerCase().includes(needle));
    const rest = (servers.data?.servers ?? []).filter((s) => !ids.has(s.id));
    return orderServerChoices([...pinned, ...rest].map((s) => serverChoice(s, nicFactsOf(s, subnets.data ?? []), vip, subnetName)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [servers.data, subnets.data, row, inSubnetServers, name]);

  const chosenNics = Object.values(chosen);
  const vipCountOfServer = (serverId: string) => {
    const nics = nicsSeen[serverId] ?? [];
    return (vips.data ?? []).filter((v) => nics.some((n) => n.network_id === v.network_id && boundIpsOf(v).includes(n.ip))).length;
  };
  const warnings = chosenNics.length
    ? bindingWarnings({
        vip,
        chosen: chosenNics,
        nicsOfServer: (id) => nicsSeen[id] ?? [],
        vipCountOfServer,
        boundServerCount: new Set(row.bound.map((b) => b.serverId ?? b.ip)).size,
      })
    : [];

  const toggle = (serverId: string, nics: NicFacts[], eligible: NicFacts[], on: boolean) => {
    setNicsSeen((m) => ({ ...m, [serverId]: nics }));
    const next = { ...chosen };
    if (on) next[serverId] = eligible[0];
    else delete next[serverId];
    onChosen(next);
  };

  const total = servers.data?.count ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const subnetCidr = row.subnet ? ` (${row.subnet.cidr})` : '';
  return (
    <>
      <Text size="sm">
        <Trans>
          A virtual IP can be bound only to servers with a NIC in its own subnet, <b>{subnetName}</b>
          {subnetCidr}. Binding also turns the Source/Destination Check off on each chosen NIC.
        </Trans>
      </Text>
      <TextInput
        aria-label={t`Search servers by name`}
        placeholder={t`Search servers by name`}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        data-autofocus
      />
      <InlineError error={servers.error ?? subnetPorts.error ?? inSubnet.error ?? subnets.error} title={t`Could not load the servers`} />
      <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars="y">
        <Stack gap="xs" role="group" aria-label={t`Servers`}>
          {!servers.data || !subnets.data || !inSubnetLoaded
            ? Array.from({ length: 4 }, (_, i) => <Skeleton key={i} h={52} radius="sm" />)
            : choices.map(({ server, nics, eligible, reason }) => {
                const picked = chosen[server.id];
                const serverName = server.name;
                return (
                  <Paper key={server.id} withBorder p="sm" radius="sm" bg={reason ? 'var(--app-color-subtle)' : undefined}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Checkbox
                        label={server.name}
                        checked={Boolean(picked)}
                        disabled={reason !== null}
                        onChange={(e) => toggle(server.id, nics, eligible, e.currentTarget.checked)}
                        description={reason ?? nics.map(({ ip, subnet_name: subnet }) => t`${ip} in ${subnet}`).join(t`, `)}
                      />
                      {picked && eligible.length > 1 ? (
                        <Select
                          label={t`NIC of ${serverName}`}
                          size="xs"
                          w={220}
                          data={eligible.map((n) => ({ value: n.port_id, label: n.ip }))}
                          value={picked.port_id}
                          allowDeselect={false}
                          onChange={(v) => onChosen({ ...chosen, [server.id]: eligible.find((n) => n.port_id === v) ?? picked })}
                        />
                      ) : (
                        <Badge variant="dot" color={server.status === 'ACTIVE' ? 'teal' : 'gray'} radius="sm" tt="none" fw={500} style={{ flexShrink: 0 }}>
                          {server.status === 'ACTIVE' ? t`Running` : server.status === 'SHUTOFF' ? t`Stopped` : server.status}
                        </Badge>
                      )}
                    </Group>
                  </Paper>
                );
              })}
          {servers.data && inSubnetLoaded && choices.length === 0 && (
            <Text size="sm" c="dimmed">
              <Trans>No server matches. Create a server with a NIC in {subnetName} first.</Trans>
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
      <Pager
        page={page}
        pages={total ? pages : undefined}
        hasPrevious={page > 1}
        hasNext={page * PAGE_SIZE < total}
        onPrevious={() => setPageState({ name, page: page - 1 })}
        onNext={() => setPageState({ name, page: page + 1 })}
      />
      <BindingWarnings warnings={warnings} />
    </>
  );
}
