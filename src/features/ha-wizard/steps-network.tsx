import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Badge, Card, Group, Paper, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { InlineError } from '../../components/inline-error';
import { problemText } from '../../components/problem-text';
import { assignableRange, checkFixedIp, firstFreeIp, parseCidr } from '../../domain';
import { HaPicture, LvsPicture } from './mode-pictures';
import { ipOf, type WizardData } from './use-wizard-data';
import type { WizardPatch } from './use-wizard-url';
import type { WizardState } from './wizard-state';

export interface StepProps {
  s: WizardState;
  set: (patch: WizardPatch) => void;
  data: WizardData;
}

const MODES = [
  {
    value: 'ha' as const,
    title: msg`HA (active/standby)`,
    picture: <HaPicture />,
    lines: [
      msg`One server answers on the virtual IP; a standby takes it over within seconds when the active one fails.`,
      msg`For a single service that must stay reachable: a web server, a gateway, a database proxy.`,
    ],
  },
  {
    value: 'lvs-dr' as const,
    title: msg`HA load-balancing cluster (LVS-DR)`,
    picture: <LvsPicture />,
    lines: [
      msg`Two LVS directors share the virtual IP and spread requests over two or more real servers.`,
      msg`For a service that needs more than one server of capacity, with no single point of failure.`,
    ],
  },
];

export function ModeStep({ s, set }: StepProps) {
  const { t } = useLingui();
  return (
    <Radio.Group
      value={s.mode ?? ''}
      onChange={(v) => set({ mode: v as WizardState['mode'], members: v === s.mode ? s.members : [] })}
      label={t`Networking mode`}
      description={t`Changing the mode clears the chosen servers.`}
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} mt="sm">
        {MODES.map((m) => (
          <Radio.Card key={m.value} value={m.value} radius="md" p="md" withBorder aria-label={t(m.title)} style={s.mode === m.value ? { borderColor: 'var(--mantine-color-blue-6)', boxShadow: '0 0 0 1px var(--mantine-color-blue-6)' } : undefined}>
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator mt={2} />
              <Stack gap={6} style={{ flex: 1 }}>
                <Text fw={600}>{t(m.title)}</Text>
                <Paper bg="var(--app-color-subtle)" radius="sm" p={6}>
                  {m.picture}
                </Paper>
                {m.lines.map((line) => (
                  <Text key={line.id} size="sm" c="dimmed">
                    {t(line)}
                  </Text>
                ))}
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

export function NetworkStep({ s, set }: StepProps) {
  const { t } = useLingui();
  const vpcs = useAllVpcs();
  const subnets = useAllSubnets(s.vpcId, s.vpcId !== '');
  return (
    <Stack maw={520}>
      <InlineError error={vpcs.error ?? subnets.error} title={t`Could not load the networks`} />
      <Select
        label={t`VPC`}
        placeholder={vpcs.isLoading ? t`Loading…` : t`Choose a VPC`}
        data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
        value={s.vpcId || null}
        onChange={(v) => set({ vpcId: v ?? '', subnetId: '', vip: '', vipIp: '', members: [] })}
        searchable
        nothingFoundMessage={t`No VPC matches`}
      />
      <Select
        label={t`Subnet`}
        description={t`The virtual IP and every server of the group live in this subnet.`}
        placeholder={!s.vpcId ? t`Choose a VPC first` : subnets.isLoading ? t`Loading…` : t`Choose a subnet`}
        disabled={!s.vpcId}
        data={(subnets.data ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.cidr})` }))}
        value={s.subnetId || null}
        onChange={(v) => set({ subnetId: v ?? '', vip: '', vipIp: '', members: [] })}
        searchable
        nothingFoundMessage={t`No subnet matches`}
      />
      {s.vpcId && subnets.data?.length === 0 && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
          <Trans>
            This VPC has no subnet yet.{' '}
            <Anchor component={Link} to="/subnets">
              Create one
            </Anchor>{' '}
            first.
          </Trans>
        </Alert>
      )}
    </Stack>
  );
}

/** The new VIP's address: the next free one, and what is wrong with a manual one (domain words). */
export function useNewVipAddress(s: WizardState, data: WizardData) {
  const { t } = useLingui();
  const subnet = data.subnet;
  const used = usePrivateIps(s.subnetId);
  const cidr = subnet ? parseCidr(subnet.cidr) : null;
  const usedBy = (addr: string) => {
    const holder = used.data?.find((p) => p.ip_address === addr);
    if (!holder) return null;
    return holder.device_owner === 'neutron:VIP_PORT' ? t`a virtual IP` : holder.device_owner.startsWith('compute:') ? t`a server NIC` : t`another port`;
  };
  const next = subnet && cidr && used.data ? firstFreeIp(cidr, subnet.gateway_ip, new Set(used.data.map((p) => p.ip_address))) : null;
  const manual = s.vip === 'new' && s.vipIp !== '';
  const ipError = manual && subnet ? problemText(checkFixedIp(subnet, s.vipIp.trim(), usedBy)) : null;
  return { next, manual, ipError };
}

export function VipStep({ s, set, data }: StepProps) {
  const { t } = useLingui();
  const subnet = data.subnet;
  const { next, manual, ipError } = useNewVipAddress(s, data);
  const range = subnet ? assignableRange(subnet.cidr) : null;
  const first = range?.first;
  const last = range?.last;
  const subnetName = subnet?.name;
  const subnetCidr = subnet?.cidr;
  return (
    <Stack>
      <InlineError error={data.error} title={t`Could not load the subnet`} />
      <Text size="sm">
        {subnet ? (
          <Trans>
            Virtual IPs of <b>{subnetName}</b> ({subnetCidr}). Only an unbound virtual IP that is not in another HA group can be used.
          </Trans>
        ) : (
          <Trans>Virtual IPs of the subnet. Only an unbound virtual IP that is not in another HA group can be used.</Trans>
        )}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="radiogroup" aria-label={t`Virtual IP`}>
        {data.vips.map((v) => {
          const group = data.groupOfVip(v.id)?.name;
          const nics = v.allowed_address_pairs.length;
          const reason = group ? t`In HA group ${group}.` : nics > 0 ? plural(nics, { one: 'Bound to # server NIC.', other: 'Bound to # server NICs.' }) : null;
          const checked = s.vip === v.id;
          const ip = ipOf(v);
          return (
            <UnstyledButton
              key={v.id}
              role="radio"
              aria-checked={checked}
              aria-disabled={reason !== null}
              aria-label={t`Virtual IP ${ip}`}
              disabled={reason !== null}
              onClick={() => set({ vip: v.id, vipIp: '' })}
            >
              <Card withBorder radius="md" p="sm" style={{ borderColor: checked ? 'var(--mantine-color-blue-6)' : undefined, borderWidth: checked ? 2 : 1, opacity: reason ? 0.6 : 1 }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text ff="monospace" fw={600}>
                    {ipOf(v)}
                  </Text>
                  <Badge variant="dot" radius="sm" fw={500} color={reason ? 'gray' : 'teal'} tt="none">
                    {reason ? t`Not available` : t`Unbound`}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {v.name || t`No name`}
                  {reason ? ` — ${reason}` : ''}
                </Text>
              </Card>
            </UnstyledButton>
          );
        })}
        <UnstyledButton role="radio" aria-checked={s.vip === 'new'} aria-label={t`Assign a new virtual IP`} onClick={() => set({ vip: 'new' })}>
          <Card withBorder radius="md" p="sm" h="100%" style={{ borderColor: s.vip === 'new' ? 'var(--mantine-color-blue-6)' : undefined, borderWidth: s.vip === 'new' ? 2 : 1, borderStyle: s.vip === 'new' ? 'solid' : 'dashed' }}>
            <Text fw={600}>
              <Trans>Assign a new virtual IP</Trans>
            </Text>
            <Text size="xs" c="dimmed">
              {subnet ? <Trans>Apply assigns it in {subnetName} before binding.</Trans> : <Trans>Apply assigns it in the subnet before binding.</Trans>}
            </Text>
          </Card>
        </UnstyledButton>
      </SimpleGrid>
      {data.vips.length === 0 && !data.loading && (
        <Text size="sm" c="dimmed">
          <Trans>This subnet has no virtual IP yet: assign a new one.</Trans>
        </Text>
      )}
      {s.vip === 'new' && (
        <Paper withBorder radius="md" p="md" maw={560}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label={t`Address`}
              data={[
                { value: 'auto', label: t`Automatic` },
                { value: 'manual', label: t`Manual` },
              ]}
              value={manual ? 'manual' : 'auto'}
              onChange={(v) => set({ vipIp: v === 'manual' ? (next ?? '') : '' })}
              w={240}
            />
            {manual ? (
              <TextInput
                label={t`Virtual IP address`}
                value={s.vipIp}
                onChange={(e) => set({ vipIp: e.currentTarget.value.trim() || ' ' })}
                error={ipError}
                description={range ? t`Free addresses from ${first} to ${last}; the network, gateway, .253, DHCP (.254) and broadcast addresses are reserved.` : undefined}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {next ? <Trans>The first free address, {next} now, is assigned when you apply.</Trans> : <Trans>The first free address is assigned when you apply.</Trans>}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
