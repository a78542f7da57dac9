import { Button, Chip, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useCreateVpc } from '../../api/vpcs/create-vpc';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { VPC_RANGES, checkName, checkVpcCidr } from '../../domain';

interface Props {
  opened: boolean;
  onClose: () => void;
}

export function CreateVpcModal({ opened, onClose }: Props) {
  const create = useCreateVpc();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { name: '', cidr: VPC_RANGES[2].suggestion as string, description: '' },
    validateInputOnChange: true,
    validate: {
      name: (v) => problemMessage(checkName(v.trim())),
      cidr: (v) => problemMessage(checkVpcCidr(v.trim())),
      description: (v) => (v.length > 255 ? 'Use at most 255 characters.' : null),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    create.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const vpc = await create.mutateAsync({
        name: values.name.trim(),
        cidr: values.cidr.trim(),
        description: values.description.trim() || undefined,
      });
      notifySuccess('VPC created', `${vpc.name} (${vpc.cidr}) is ready.`);
      close();
    } catch (err) {
      setError(err);
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="Create VPC" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" withAsterisk description="1-64 letters, digits, _, - or ." data-autofocus {...form.getInputProps('name')} />
          <Stack gap={6}>
            <TextInput label="CIDR block" withAsterisk description="A private (RFC 1918) IPv4 range" {...form.getInputProps('cidr')} />
            <Group gap="xs" aria-label="Suggested CIDR blocks" role="group">
              <Text size="xs" c="dimmed">
                Suggestions:
              </Text>
              {VPC_RANGES.map((r) => (
                <Chip
                  key={r.cidr}
                  size="xs"
                  checked={form.values.cidr === r.suggestion}
                  onChange={() => form.setFieldValue('cidr', r.suggestion)}
                >
                  {r.suggestion}
                </Chip>
              ))}
            </Group>
          </Stack>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create VPC
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
