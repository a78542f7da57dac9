import { Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAllEips } from '../../api/eips/get-eips';
import { useSetEipPort } from '../../api/eips/update-eip';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';
import type { VipRow } from './vip-row';

interface Props {
  row: VipRow | null;
  onClose: () => void;
}

export function BindEipToVipModal({ row, onClose }: Props) {
  const eips = useAllEips();
  const bind = useSetEipPort();
  const [eipId, setEipId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const free = (eips.data ?? []).filter((e) => !e.port_id);
  const close = () => {
    setEipId(null);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!row || !eipId) return;
    const eip = free.find((e) => e.id === eipId);
    setError(null);
    try {
      await bind.mutateAsync({ eipId, portId: row.port.id });
      notifySuccess('EIP bound', `${eip?.public_ip_address} now reaches ${row.ip}.`);
      close();
    } catch (err) {
      notifyError(`Could not bind the EIP to ${row.ip}`, err);
      setError(err);
    }
  };
  return (
    <Modal opened={row !== null} onClose={close} title={`Bind EIP to ${row?.ip ?? ''}`} centered>
      <Stack>
        <Text size="sm">An EIP gives the virtual IP an Internet address. One EIP per virtual IP.</Text>
        <Select
          label="EIP"
          withAsterisk
          placeholder={eips.isLoading ? 'Loading EIPs…' : free.length ? 'Choose an unbound EIP' : 'No unbound EIP'}
          data={free.map((e) => ({ value: e.id, label: `${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''} · ${e.bandwidth_size} Mbit/s` }))}
          value={eipId}
          onChange={setEipId}
          disabled={free.length === 0}
        />
        {!eips.isLoading && free.length === 0 && (
          <Text size="sm" c="dimmed">
            Every EIP is bound. <Anchor component={Link} to="/eips">Buy an EIP</Anchor> first.
          </Text>
        )}
        <InlineError error={error ?? eips.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={confirm} disabled={!eipId} loading={bind.isPending}>
            Bind EIP
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
