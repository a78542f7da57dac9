import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCreateServer } from '../../api/servers/create-server';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { DEMO_AZ, type Subnet } from '../../contract';
import { checkFixedIp, checkName } from '../../domain';

/** `Add server here` in a subnet's menu: a server with one NIC in that subnet. */
export function AddServerModal({ subnet, onClose }: { subnet: Subnet | null; onClose: () => void }) {
  return (
    <Modal opened={subnet !== null} onClose={onClose} title={`Add a server to ${subnet?.name ?? ''}`} centered>
      {subnet && <AddServerForm key={subnet.id} subnet={subnet} onClose={onClose} />}
    </Modal>
  );
}

function AddServerForm({ subnet, onClose }: { subnet: Subnet; onClose: () => void }) {
  const [name, setName] = useState('');
  const [ip, setIp] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const used = usePrivateIps(subnet.id);
  const create = useCreateServer();
  const usedBy = (addr: string) => (used.data?.some((p) => p.ip_address === addr) ? 'another port' : null);
  const errors = {
    name: problemMessage(checkName(name.trim())),
    ip: ip.trim() ? problemMessage(checkFixedIp(subnet, ip.trim(), usedBy)) : null,
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.name || errors.ip) return;
    setError(null);
    try {
      await create.mutateAsync({
        name: name.trim(),
        imageRef: 'ubuntu-22.04',
        flavorRef: 's6.medium.2',
        vpcid: subnet.vpc_id,
        nics: [{ subnet_id: subnet.id, ...(ip.trim() ? { ip_address: ip.trim() } : {}) }],
        root_volume: { volumetype: 'SSD' },
        availability_zone: DEMO_AZ,
        count: 1,
      });
      notifySuccess('Server created', `${name.trim()} is starting in ${subnet.name}.`);
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          Ubuntu 22.04, s6.medium.2, one NIC in {subnet.name} ({subnet.cidr}). The Servers page offers every option.
        </Text>
        <TextInput label="Name" withAsterisk value={name} onChange={(e) => setName(e.currentTarget.value)} error={(submitted || name) && errors.name} data-autofocus />
        <TextInput
          label="Private IP address"
          description="Leave empty for the first free address"
          value={ip}
          onChange={(e) => setIp(e.currentTarget.value)}
          error={errors.ip}
        />
        <InlineError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
