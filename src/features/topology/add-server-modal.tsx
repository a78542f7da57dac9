import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const used = usePrivateIps(subnet?.id ?? '');
  const create = useCreateServer();
  const usedBy = (addr: string) => (used.data?.some((p) => p.ip_address === addr) ? t`another port` : null);
  const subnetName = subnet?.name ?? '';
  const subnetCidr = subnet?.cidr ?? '';
  const server = useSchemaForm(serverHereForm(subnet, usedBy), { name: '', ip: '' });
  const { form } = server;
  const submit = async (input: CreateServerInput) => {
    await create.mutateAsync(input);
    const name = input.name;
    notifySuccess(t`Server created`, t`${name} is starting in ${subnetName}.`);
  };
  return (
    <FormModal opened={subnet !== null} onClose={onClose} title={t`Add a server to ${subnetName}`} size="md" form={server} onSubmit={submit} submitLabel={t`Create`}>
      <Text size="sm" c="dimmed">
        <Trans>
          Ubuntu 22.04, s6.medium.2, one NIC in {subnetName} ({subnetCidr}). The Servers page offers every option.
        </Trans>
      </Text>
      <TextInput label={t`Name`} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t`Private IP address`} description={t`Leave empty for the first free address`} {...form.getInputProps('ip')} />
    </FormModal>
  );
}
