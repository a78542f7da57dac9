import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCreateEip } from '../../api/eips/create-eip';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { checkName, NUMBER_RULES, numberProblem } from '../../domain';

export function BuyEipModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [size, setSize] = useState<number | string>(5);
  const [error, setError] = useState<unknown>(null);
  const create = useCreateEip();
  const errors = {
    name: name.trim() ? problemMessage(checkName(name.trim())) : null,
    size: numberProblem(NUMBER_RULES.bandwidth, size),
  };
  const close = () => {
    setName('');
    setSize(5);
    setError(null);
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
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
            min={NUMBER_RULES.bandwidth.min}
            max={NUMBER_RULES.bandwidth.max}
            clampBehavior="none"
            value={size}
            onChange={setSize}
            error={errors.size}
          />
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={errors.size !== null}>
              Buy EIP
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
