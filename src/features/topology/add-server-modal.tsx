import { Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useCreateServer, type CreateServerInput } from '../../api/servers/create-server';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { FormModal } from '../../components/form-modal';
import { checkedText, optionalCheckedText } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import { DEMO_AZ, type Subnet } from '../../contract';
import { checkFixedIp, checkName } from '../../domain';

/** Ubuntu 22.04, s6.medium.2, one NIC in the subnet: the Servers page offers every option. */
const serverHereForm = (subnet: Subnet | null, usedBy: (ip: string) => string | null): z.ZodType<CreateServerInput, { name: string; ip: string }> =>
  z
    .object({ name: checkedText(checkName), ip: optionalCheckedText((ip) => (subnet ? checkFixedIp(subnet, ip, usedBy) : null)) })
    .transform((v) => ({
      name: v.name,
      imageRef: 'ubuntu-22.04',
      flavorRef: 's6.medium.2',
      vpcid: subnet?.vpc_id ?? '',
      nics: [{ subnet_id: subnet?.id ?? '', ...(v.ip ? { ip_address: v.ip } : {}) }],
      root_volume: { volumetype: 'SSD' },
      availability_zone: DEMO_AZ,
      count: 1,
    }));

/** `Add server here` in a subnet's menu: a server with one NIC in that subnet. */
export function AddServerModal({ subnet, onClose }: { subnet: Subnet | null; onClose: () => void }) {
  const used = usePrivateIps(subnet?.id ?? '');
  const create = useCreateServer();
  const usedBy = (addr: string) => (used.data?.some((p) => p.ip_address === addr) ? 'another port' : null);
  const server = useSchemaForm(serverHereForm(subnet, usedBy), { name: '', ip: '' });
  const { form } = server;
  const submit = async (input: CreateServerInput) => {
    await create.mutateAsync(input);
    notifySuccess('Server created', `${input.name} is starting in ${subnet?.name ?? ''}.`);
  };
  return (
    <FormModal opened={subnet !== null} onClose={onClose} title={`Add a server to ${subnet?.name ?? ''}`} size="md" form={server} onSubmit={submit} submitLabel="Create">
      <Text size="sm" c="dimmed">
        Ubuntu 22.04, s6.medium.2, one NIC in {subnet?.name} ({subnet?.cidr}). The Servers page offers every option.
      </Text>
      <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Private IP address" description="Leave empty for the first free address" {...form.getInputProps('ip')} />
    </FormModal>
  );
}
