import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Code, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useAddressHolder } from '../../api/ports/use-address-holder';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useCreateVip, type CreateVipInput } from '../../api/vips/create-vip';
import { FormModal } from '../../components/form-modal';
import { chosen, optionalCheckedText } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { problemText } from '../../components/problem-text';
import { judgeForm, useFormState } from '../../components/use-schema-form';
import type { Subnet } from '../../contract';
import { assignableRange, checkFixedIp, checkName, firstFreeIp, parseCidr, reservedAddresses, type ReservedUse } from '../../domain';

interface Props {
  opened: boolean;
  onClose: () => void;
  presetSubnetId?: string;
}

interface Values extends Record<string, unknown> {
  subnetId: string | null;
  mode: 'auto' | 'manual';
  ip: string;
  name: string;
}

/** A reserved address's use, within a sentence. */
const RESERVED_USES: Record<ReservedUse, MessageDescriptor> = {
  'Network address': msg`network address`,
  Gateway: msg`gateway`,
  'System interface': msg`system interface`,
  'DHCP service': msg`DHCP service`,
  'Broadcast address': msg`broadcast address`,
};

/**
 * Automatic takes the subnet's first free address; a manual one is judged in the subnet, as the backend
 * does. Made on each render, so its own words follow the console's language.
 */
const vipForm = (subnet: Subnet | undefined, usedBy: (ip: string) => string | null): z.ZodType<CreateVipInput, Values> =>
  z
    .object({
      subnetId: chosen(t`Choose the subnet the virtual IP belongs to.`),
      mode: z.enum(['auto', 'manual']),
      ip: z.string().trim(),
      name: optionalCheckedText(checkName),
    })
    .superRefine((v, ctx) => {
      if (v.mode !== 'manual' || !subnet) return;
      const message = v.ip ? problemText(checkFixedIp(subnet, v.ip, usedBy)) : t`Enter an IP address.`;
      if (message) ctx.addIssue({ code: 'custom', path: ['ip'], message });
    })
    .transform((v) => ({
      networkId: v.subnetId,
      neutronSubnetId: subnet?.neutron_subnet_id ?? '',
      ipAddress: v.mode === 'manual' ? v.ip : undefined,
      name: v.name,
    }));

export function AssignVipModal({ opened, onClose, presetSubnetId }: Props) {
  const { t } = useLingui();
  const state = useFormState<Values>({ subnetId: presetSubnetId ?? null, mode: 'auto', ip: '', name: '' });
  const values = state.form.values;
  const subnets = useAllSubnets();
  const used = usePrivateIps(values.subnetId ?? '');
  const create = useCreateVip();
  const subnet = subnets.data?.find((s) => s.id === values.subnetId);
  const usedBy = useAddressHolder(values.subnetId ?? '', values.mode === 'manual' ? values.ip.trim() : '');
  const vip = judgeForm(state, vipForm(subnet, usedBy));
  const { form } = vip;
  const cidr = subnet ? parseCidr(subnet.cidr) : null;
  const next = subnet && cidr && used.data ? firstFreeIp(cidr, subnet.gateway_ip, new Set(used.data.map((p) => p.ip_address))) : null;
  const reserved = subnet && cidr ? reservedAddresses(cidr, subnet.gateway_ip) : [];
  const range = subnet ? assignableRange(subnet.cidr) : null;
  const submit = async (input: CreateVipInput) => {
    const made = await create.mutateAsync(input);
    const ip = made.fixed_ips[0]?.ip_address;
    const subnetName = subnet?.name ?? input.networkId;
    notifySuccess(t`Virtual IP assigned`, t`${ip} in ${subnetName}.`);
  };
  const subnetName = subnet?.name;
  const first = range?.first;
  const last = range?.last;
  const reservedList = reserved.map((r, i) => (
    <span key={r.ip}>
      {i > 0 && t`, `}
      <Code>{r.ip}</Code> {t(RESERVED_USES[r.use])}
    </span>
  ));

  return (
    <FormModal opened={opened} onClose={onClose} title={t`Assign Virtual IP Address`} form={vip} onSubmit={submit} submitLabel={t`Assign`}>
      <Select
        label={t`Subnet`}
        withAsterisk
        searchable
        placeholder={subnets.isLoading ? t`Loading subnets…` : t`Choose a subnet`}
        data={(subnets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
        disabled={Boolean(presetSubnetId)}
        data-autofocus={presetSubnetId ? undefined : true}
        openOnFocus={false}
        {...form.getInputProps('subnetId')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="vip-assign-mode">
          <Trans>IP address</Trans>
        </Text>
        <SegmentedControl
          aria-labelledby="vip-assign-mode"
          data={[
            { value: 'auto', label: t({ message: 'Automatic', context: 'address assignment' }) },
            { value: 'manual', label: t({ message: 'Manual', context: 'address assignment' }) },
          ]}
          {...form.getInputProps('mode')}
        />
      </Stack>
      {values.mode === 'auto' ? (
        <Text size="sm" c="dimmed">
          {subnet
            ? next
              ? t`The first free address is assigned: ${next}.`
              : used.isLoading
                ? t`Reading the subnet’s used addresses…`
                : t`${subnetName} has no free address.`
            : t`Choose a subnet: its first free address is assigned.`}
        </Text>
      ) : (
        <TextInput
          label={t`Virtual IP address`}
          withAsterisk
          placeholder={next ?? '192.168.0.100'}
          disabled={!subnet}
          description={range ? t`Assignable: ${first} to ${last}` : undefined}
          {...form.getInputProps('ip')}
        />
      )}
      {subnet && (
        <Text size="xs" c="dimmed">
          <Trans>
            Reserved in {subnetName}, never assigned: {reservedList}.
          </Trans>
        </Text>
      )}
      <TextInput label={t`Name`} description={t`Optional`} data-autofocus={presetSubnetId ? true : undefined} {...form.getInputProps('name')} />
    </FormModal>
  );
}
