import { Anchor, Select, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import { useAllEips } from '../../api/eips/get-eips';
import { useSetEipPort } from '../../api/eips/update-eip';
import { FormModal } from '../../components/form-modal';
import { chosen } from '../../components/form-rules';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import type { VipRow } from './vip-row';

interface Props {
  row: VipRow | null;
  onClose: () => void;
}

const bindForm = z.object({ eipId: chosen('Choose an EIP.') });

export function BindEipToVipModal({ row, onClose }: Props) {
  const eips = useAllEips();
  const bind = useSetEipPort();
  const choice = useSchemaForm(bindForm, { eipId: null as string | null });
  const free = (eips.data ?? []).filter((e) => !e.port_id);
  const submit = async ({ eipId }: z.output<typeof bindForm>) => {
    if (!row) return;
    const eip = free.find((e) => e.id === eipId);
    await bind.mutateAsync({ eipId, portId: row.port.id });
    notifySuccess('EIP bound', `${eip?.public_ip_address} now reaches ${row.ip}.`);
  };
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      title={`Bind EIP to ${row?.ip ?? ''}`}
      size="md"
      form={choice}
      onSubmit={submit}
      submitLabel="Bind EIP"
      submitDisabled={!choice.valid}
    >
      <Text size="sm">An EIP gives the virtual IP an Internet address. One EIP per virtual IP.</Text>
      <Select
        label="EIP"
        withAsterisk
        placeholder={eips.isLoading ? 'Loading EIPs…' : free.length ? 'Choose an unbound EIP' : 'No unbound EIP'}
        data={free.map((e) => ({ value: e.id, label: `${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''} · ${e.bandwidth_size} Mbit/s` }))}
        disabled={free.length === 0}
        data-autofocus
        {...choice.form.getInputProps('eipId')}
      />
      {!eips.isLoading && free.length === 0 && (
        <Text size="sm" c="dimmed">
          Every EIP is bound. <Anchor component={Link} to="/eips">Buy an EIP</Anchor> first.
        </Text>
      )}
      <InlineError error={eips.error} title="Could not list the EIPs" />
    </FormModal>
  );
}
