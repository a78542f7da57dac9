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
  const create = useCreateVpc();
  const vpc = useSchemaForm(vpcForm, { name: '', cidr: VPC_RANGES[2].suggestion as string, description: '' });
  const { form } = vpc;
  const submit = async (values: CreateVpcInput) => {
    const made = await create.mutateAsync(values);
    notifySuccess('VPC created', `${made.name} (${made.cidr}) is ready.`);
  };
  return (
    <FormModal opened={opened} onClose={onClose} title="Create VPC" form={vpc} onSubmit={submit} submitLabel="Create VPC">
      <TextInput label="Name" withAsterisk description="1-64 letters, digits, _, - or ." data-autofocus {...form.getInputProps('name')} />
      <Stack gap={6}>
        <TextInput label="CIDR block" withAsterisk description="A private (RFC 1918) IPv4 range" {...form.getInputProps('cidr')} />
        <Group gap="xs" aria-label="Suggested CIDR blocks" role="group">
          <Text size="xs" c="dimmed">
            Suggestions:
          </Text>
          {VPC_RANGES.map((r) => (
            <Chip key={r.cidr} size="xs" checked={form.values.cidr === r.suggestion} onChange={() => form.setFieldValue('cidr', r.suggestion)}>
              {r.suggestion}
            </Chip>
          ))}
        </Group>
      </Stack>
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}
