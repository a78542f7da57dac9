import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PublicIp } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { useSetEipPort } from '../../api/eips/update-eip';
import { useAllVips } from '../../api/vips/get-vips';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';

/** Binds an EIP to a virtual IP that has none (one EIP per virtual IP). */
export function BindEipModal({ eip, onClose }: { eip: PublicIp | null; onClose: () => void }) {
  const vips = useAllVips();
  const eips = useAllEips();
  const bind = useSetEipPort();
  const [vipId, setVipId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const taken = new Set((eips.data ?? []).map((e) => e.port_id).filter(Boolean));
  const free = (vips.data ?? []).filter((v) => !taken.has(v.id));
  const close = () => {
    setVipId(null);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!eip || !vipId) return;
    const vip = free.find((v) => v.id === vipId);
    const ip = vip?.fixed_ips[0]?.ip_address;
    setError(null);
    try {
      await bind.mutateAsync({ eipId: eip.id, portId: vipId });
      notifySuccess('EIP bound', `${eip.public_ip_address} now reaches virtual IP ${ip}.`);
      close();
    } catch (err) {
      notifyError(`Could not bind ${eip.public_ip_address}`, err);
      setError(err);
    }
  };
  return (
    <Modal opened={eip !== null} onClose={close} title={`Bind EIP ${eip?.public_ip_address ?? ''}`} centered>
      <Stack>
        <Text size="sm">Choose a virtual IP without an EIP. Traffic to the EIP reaches whichever server holds the virtual IP.</Text>
        <Select
          label="Virtual IP"
          withAsterisk
          searchable
          placeholder={vips.isLoading ? 'Loading virtual IPs…' : free.length ? 'Choose a virtual IP' : 'Every virtual IP has an EIP'}
          data={free.map((v) => ({ value: v.id, label: `${v.fixed_ips[0]?.ip_address}${v.name ? ` (${v.name})` : ''}` }))}
          value={vipId}
          onChange={setVipId}
          disabled={free.length === 0}
        />
        <InlineError error={error ?? vips.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={confirm} disabled={!vipId} loading={bind.isPending}>
            Bind
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
