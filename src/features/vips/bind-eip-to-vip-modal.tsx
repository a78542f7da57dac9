import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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

/** Made on each render, so its words follow the console's language. */
const bindForm = () => z.object({ eipId: chosen(t`Choose an EIP.`) });

export function BindEipToVipModal({ row, onClose }: Props) {
  const { t } = useLingui();
  const eips = useAllEips();
  const bind = useSetEipPort();
  const choice = useSchemaForm(bindForm(), { eipId: null as string | null });
  const ip = row?.ip ?? '';
  const free = (eips.data ?? []).filter((e) => !e.port_id);
  const submit = async ({ eipId }: z.output<ReturnType<typeof bindForm>>) => {
    if (!row) return;
    const eip = free.find((e) => e.id === eipId);
    await bind.mutateAsync({ eipId, portId: row.port.id });
    const eipIp = eip?.public_ip_address;
    notifySuccess(t`EIP bound`, t`${eipIp} now reaches ${ip}.`);
  };
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      title={t`Bind EIP to ${ip}`}
      size="md"
      form={choice}
      onSubmit={submit}
      submitLabel={t`Bind EIP`}
      submitDisabled={!choice.valid}
    >
      <Text size="sm">
        <Trans>An EIP gives the virtual IP an Internet address. One EIP per virtual IP.</Trans>
      </Text>
      <Select
        label={t`EIP`}
        withAsterisk
        placeholder={eips.isLoading ? t`Loading EIPs…` : free.length ? t`Choose an unbound EIP` : t`No unbound EIP`}
        data={free.map((e) => ({ value: e.id, label: `${e.public_ip_address}${e.alias ? ` (${e.alias})` : ''} · ${e.bandwidth_size} Mbit/s` }))}
        disabled={free.length === 0}
        data-autofocus
        {...choice.form.getInputProps('eipId')}
      />
      {!eips.isLoading && free.length === 0 && (
        <Text size="sm" c="dimmed">
          <Trans>
            Every EIP is bound. <Anchor component={Link} to="/eips">Buy an EIP</Anchor> first.
          </Trans>
        </Text>
      )}
      <InlineError error={eips.error} title={t`Could not list the EIPs`} />
    </FormModal>
  );
}
