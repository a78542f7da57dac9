import { useLingui } from '@lingui/react/macro';
import { Chip, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { z } from 'zod';
import { useCreateVpc, type CreateVpcInput } from '../../api/vpcs/create-vpc';
import { FormModal } from '../../components/form-modal';
import { checkedText, optionalText } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import { LIMITS } from '../../contract';
import { VPC_RANGES, checkName, checkVpcCidr } from '../../domain';

interface Props {
  opened: boolean;
  onClose: () => void;
}

const vpcForm: z.ZodType<CreateVpcInput, { name: string; cidr: string; description: string }> = z.object({
  name: checkedText(checkName),
  cidr: checkedText(checkVpcCidr),
  description: optionalText(LIMITS.description),
});

export function CreateVpcModal({ opened, onClose }: Props) {
  const { t } = useLingui();
  const create = useCreateVpc();
  const vpc = useSchemaForm(vpcForm, { name: '', cidr: VPC_RANGES[2].suggestion as string, description: '' });
  const { form } = vpc;
  const submit = async (values: CreateVpcInput) => {
    const made = await create.mutateAsync(values);
    const name = made.name;
    const cidr = made.cidr;
    notifySuccess(t`VPC created`, t`${name} (${cidr}) is ready.`);
  };
  return (
    <FormModal opened={opened} onClose={onClose} title={t`Create VPC`} form={vpc} onSubmit={submit} submitLabel={t`Create VPC`}>
      <TextInput label={t`Name`} withAsterisk description={t`1-64 letters, digits, _, - or .`} data-autofocus {...form.getInputProps('name')} />
      <Stack gap={6}>
        <TextInput label={t`CIDR block`} withAsterisk description={t`A private (RFC 1918) IPv4 range`} {...form.getInputProps('cidr')} />
        <Group gap="xs" aria-label={t`Suggested CIDR blocks`} role="group">
          <Text size="xs" c="dimmed">
            {t`Suggestions:`}
          </Text>
          {VPC_RANGES.map((r) => (
            <Chip key={r.cidr} size="xs" checked={form.values.cidr === r.suggestion} onChange={() => form.setFieldValue('cidr', r.suggestion)}>
              {r.suggestion}
            </Chip>
          ))}
        </Group>
      </Stack>
      <Textarea label={t`Description`} autosize minRows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}
