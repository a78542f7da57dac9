import { plural, t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useAddressHolder } from '../../api/ports/use-address-holder';
import { useCreateServer, type CreateServerInput } from '../../api/servers/create-server';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { FormModal } from '../../components/form-modal';
import { checkedText, chosen, optionalCheckedText } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { judgeForm, useFormState } from '../../components/use-schema-form';
import { DEMO_AZ, type Subnet } from '../../contract';
import { assignableRange, checkFixedIp, checkName, parseCidr, reservedAddresses } from '../../domain';

/** The images offered, by their product names: the same in every language. */
type ImageName = 'Ubuntu 22.04' | 'Ubuntu 24.04' | 'CentOS 7.9' | 'EulerOS 2.0';
const IMAGES: { value: string; label: ImageName }[] = [
  { value: 'ubuntu-22.04', label: 'Ubuntu 22.04' },
  { value: 'ubuntu-24.04', label: 'Ubuntu 24.04' },
  { value: 'centos-7.9', label: 'CentOS 7.9' },
  { value: 'huawei-euleros-2.0', label: 'EulerOS 2.0' },
];
const FLAVORS = [
  { value: 's6.small.1', vcpus: 1, gib: 1 },
  { value: 's6.medium.2', vcpus: 1, gib: 2 },
  { value: 's6.large.2', vcpus: 2, gib: 4 },
  { value: 'c7.xlarge.2', vcpus: 4, gib: 8 },
];

interface Props {
  opened: boolean;
  onClose: () => void;
}

interface Values extends Record<string, unknown> {
  name: string;
  vpcId: string | null;
  subnetId: string | null;
  ip: string;
  image: string;
  flavor: string;
}

const INITIAL: Values = { name: '', vpcId: null, subnetId: null, ip: '', image: 'ubuntu-22.04', flavor: 's6.medium.2' };

/**
 * The address is judged in the chosen subnet (the same rule and words as the backend); empty means the first
 * free one. Made on each render, so its own words follow the console's language.
 */
const serverForm = (subnet: Subnet | undefined, usedBy: (ip: string) => string | null): z.ZodType<CreateServerInput, Values> =>
  z
    .object({
      name: checkedText(checkName),
      vpcId: chosen(t`Choose a VPC.`),
      subnetId: chosen(t`Choose a subnet of the VPC.`),
      ip: optionalCheckedText((ip) => (subnet ? checkFixedIp(subnet, ip, usedBy) : null)),
      image: z.string(),
      flavor: z.string(),
    })
    .transform((v) => ({
      name: v.name,
      imageRef: v.image,
      flavorRef: v.flavor,
      vpcid: v.vpcId,
      nics: [{ subnet_id: v.subnetId, ...(v.ip ? { ip_address: v.ip } : {}) }],
      root_volume: { volumetype: 'SSD' },
      availability_zone: DEMO_AZ,
      count: 1,
    }));

export function CreateServerModal({ opened, onClose }: Props) {
  const { t } = useLingui();
  const state = useFormState(INITIAL);
  const values = state.form.values;
  const vpcs = useAllVpcs();
  const subnets = useAllSubnets(values.vpcId ?? '', values.vpcId !== null);
  const create = useCreateServer();
  const subnet = subnets.data?.find((s) => s.id === values.subnetId);
  const usedBy = useAddressHolder(values.subnetId ?? '', values.ip.trim());
  const server = judgeForm(state, serverForm(subnet, usedBy));
  const { form } = server;
  const cidr = subnet ? parseCidr(subnet.cidr) : null;
  const range = subnet ? assignableRange(subnet.cidr) : null;
  const reserved = subnet && cidr ? reservedAddresses(cidr, subnet.gateway_ip).map((r) => r.ip) : [];
  const submit = async (input: CreateServerInput) => {
    await create.mutateAsync(input);
    const name = input.name;
    const subnetName = subnet?.name ?? input.nics[0].subnet_id;
    notifySuccess(t`Server created`, t`${name} is starting in ${subnetName}.`);
  };
  const flavors = FLAVORS.map(({ value: flavor, vcpus, gib }) => ({
    value: flavor,
    label: t`${flavor} (${plural(vcpus, { one: '# vCPU', other: '# vCPUs' })}, ${gib} GiB)`,
  }));
  const first = range?.first;
  const last = range?.last;
  const reservedList = reserved.join(', ');
  return (
    <FormModal opened={opened} onClose={onClose} title={t`Create Server`} form={server} onSubmit={submit} submitLabel={t`Create Server`}>
      <TextInput label={t`Name`} withAsterisk description={t`1-64 letters, digits, _, - or .`} data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t`VPC`}
          withAsterisk
          searchable
          placeholder={vpcs.isLoading ? t`Loading VPCs…` : t`Choose a VPC`}
          data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
          {...form.getInputProps('vpcId')}
          onChange={(v) => {
            form.setFieldValue('vpcId', v);
            form.setValues({ subnetId: null });
          }}
        />
        <Select
          label={t`Subnet`}
          withAsterisk
          searchable
          placeholder={values.vpcId ? t`Choose a subnet` : t`Choose a VPC first`}
          data={(subnets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
          disabled={!values.vpcId}
          {...form.getInputProps('subnetId')}
        />
      </SimpleGrid>
      <TextInput
        label={t`Private IP address`}
        description={
          range
            ? t`Optional; leave empty for the first free address. Assignable: ${first} to ${last}; reserved: ${reservedList}.`
            : t`Optional; leave empty for the first free address.`
        }
        placeholder={t`Automatic`}
        disabled={!subnet}
        {...form.getInputProps('ip')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t`Image`} data={IMAGES} allowDeselect={false} {...form.getInputProps('image')} />
        <Select label={t`Flavor`} data={flavors} allowDeselect={false} {...form.getInputProps('flavor')} />
      </SimpleGrid>
    </FormModal>
  );
}
