import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCreateEip } from '../../api/eips/create-eip';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { checkName } from '../../domain';

export function BuyEipModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [size, setSize] = useState<number | string>(5);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = useCreateEip();
  const errors = {
    name: name.trim() ? problemMessage(checkName(name.trim())) : null,
    size: typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= 2000 ? null : 'Enter a bandwidth from 1 to 2,000 Mbit/s.',
  };
  const close = () => {
    setName('');
    setSize(5);
    setSubmitted(false);
    setError(null);
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    setError(null);
    try {
      const eip = await create.mutateAsync({ name: name.trim(), bandwidthSize: Number(size) });
      notifySuccess('EIP bought', `${eip.public_ip_address} with ${eip.bandwidth_size} Mbit/s.`);
      close();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Buy EIP" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" description="Optional; also names the bandwidth" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <NumberInput
            label="Bandwidth (Mbit/s)"
            withAsterisk
            min={1}
            max={2000}
            value={size}
            onChange={setSize}
            error={submitted || size !== 5 ? errors.size : null}
          />
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Buy EIP
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
