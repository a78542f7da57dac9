import { Code, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useAddressHolder } from '../../api/ports/use-address-holder';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useCreateVip, type CreateVipInput } from '../../api/vips/create-vip';
import { FormModal } from '../../components/form-modal';
import { chosen, optionalCheckedText } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { judgeForm, useFormState } from '../../components/use-schema-form';
import type { Subnet } from '../../contract';
import { assignableRange, checkFixedIp, checkName, firstFreeIp, parseCidr, reservedAddresses } from '../../domain';

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

/** Automatic takes the subnet's first free address; a manual one is judged in the subnet, as the backend does. */
const vipForm = (subnet: Subnet | undefined, usedBy: (ip: string) => string | null): z.ZodType<CreateVipInput, Values> =>
  z
    .object({
      subnetId: chosen('Choose the subnet the virtual IP belongs to.'),
      mode: z.enum(['auto', 'manual']),
      ip: z.string().trim(),
      name: optionalCheckedText(checkName),
    })
    .superRefine((v, ctx) => {
      if (v.mode !== 'manual' || !subnet) return;
      const message = v.ip ? checkFixedIp(subnet, v.ip, usedBy)?.message : 'Enter an IP address.';
      if (message) ctx.addIssue({ code: 'custom', path: ['ip'], message });
    })
    .transform((v) => ({
      networkId: v.subnetId,
      neutronSubnetId: subnet?.neutron_subnet_id ?? '',
      ipAddress: v.mode === 'manual' ? v.ip : undefined,
      name: v.name,
    }));

export function AssignVipModal({ opened, onClose, presetSubnetId }: Props) {
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
    notifySuccess('Virtual IP assigned', `${made.fixed_ips[0]?.ip_address} in ${subnet?.name ?? input.networkId}.`);
  };

  return (
    <FormModal opened={opened} onClose={onClose} title="Assign Virtual IP Address" form={vip} onSubmit={submit} submitLabel="Assign">
      <Select
        label="Subnet"
        withAsterisk
        searchable
        placeholder={subnets.isLoading ? 'Loading subnets…' : 'Choose a subnet'}
        data={(subnets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
        disabled={Boolean(presetSubnetId)}
        data-autofocus={presetSubnetId ? undefined : true}
        openOnFocus={false}
        {...form.getInputProps('subnetId')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="vip-assign-mode">
          IP address
        </Text>
        <SegmentedControl
          aria-labelledby="vip-assign-mode"
          data={[
            { value: 'auto', label: 'Automatic' },
            { value: 'manual', label: 'Manual' },
          ]}
          {...form.getInputProps('mode')}
        />
      </Stack>
      {values.mode === 'auto' ? (
        <Text size="sm" c="dimmed">
          {subnet
            ? next
              ? `The first free address is assigned: ${next}.`
              : used.isLoading
                ? 'Reading the subnet’s used addresses…'
                : `${subnet.name} has no free address.`
            : 'Choose a subnet: its first free address is assigned.'}
        </Text>
      ) : (
        <TextInput
          label="Virtual IP address"
          withAsterisk
          placeholder={next ?? '192.168.0.100'}
          disabled={!subnet}
          description={range ? `Assignable: ${range.first} to ${range.last}` : undefined}
          {...form.getInputProps('ip')}
        />
      )}
      {subnet && (
        <Text size="xs" c="dimmed">
          Reserved in {subnet.name}, never assigned:{' '}
          {reserved.map((r, i) => (
            <span key={r.ip}>
              {i > 0 && ', '}
              <Code>{r.ip}</Code> {r.use.toLowerCase().replace('dhcp', 'DHCP')}
            </span>
          ))}
          .
        </Text>
      )}
      <TextInput label="Name" description="Optional" data-autofocus={presetSubnetId ? true : undefined} {...form.getInputProps('name')} />
    </FormModal>
  );
}
