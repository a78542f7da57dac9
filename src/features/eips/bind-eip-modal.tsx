import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Select, Text } from '@mantine/core';
import { z } from 'zod';
import type { PublicIp } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { useSetEipPort } from '../../api/eips/update-eip';
import { useAllVips } from '../../api/vips/get-vips';
import { FormModal } from '../../components/form-modal';
import { chosen } from '../../components/form-rules';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';

/** Made on each render, so its words follow the console's language. */
const bindForm = () => z.object({ vipId: chosen(t`Choose a virtual IP.`) });

/** Binds an EIP to a virtual IP that has none (one EIP per virtual IP). */
export function BindEipModal({ eip, onClose }: { eip: PublicIp | null; onClose: () => void }) {
  const { t } = useLingui();
  const vips = useAllVips();
  const eips = useAllEips();
  const bind = useSetEipPort();
  const choice = useSchemaForm(bindForm(), { vipId: null as string | null });
  const eipIp = eip?.public_ip_address ?? '';
  const taken = new Set((eips.data ?? []).map((e) => e.port_id).filter(Boolean));
  const free = (vips.data ?? []).filter((v) => !taken.has(v.id));
  const submit = async ({ vipId }: z.output<ReturnType<typeof bindForm>>) => {
    if (!eip) return;
    const ip = free.find((v) => v.id === vipId)?.fixed_ips[0]?.ip_address;
    await bind.mutateAsync({ eipId: eip.id, portId: vipId });
    notifySuccess(t`EIP bound`, t`${eipIp} now reaches virtual IP ${ip}.`);
  };
  return (
    <FormModal
      opened={eip !== null}
      onClose={onClose}
      title={t`Bind EIP ${eipIp}`}
      size="md"
      form={choice}
      onSubmit={submit}
      submitLabel={t`Bind`}
      submitDisabled={!choice.valid}
    >
      <Text size="sm">
        <Trans>Choose a virtual IP without an EIP. Traffic to the EIP reaches whichever server holds the virtual IP.</Trans>
      </Text>
      <Select
        label={t`Virtual IP`}
        withAsterisk
        searchable
        placeholder={vips.isLoading ? t`Loading virtual IPs…` : free.length ? t`Choose a virtual IP` : t`Every virtual IP has an EIP`}
        data={free.map((v) => ({ value: v.id, label: `${v.fixed_ips[0]?.ip_address}${v.name ? ` (${v.name})` : ''}` }))}
        disabled={free.length === 0}
        data-autofocus
        openOnFocus={false}
        {...choice.form.getInputProps('vipId')}
      />
      <InlineError error={vips.error} title={t`Could not list the virtual IPs`} />
    </FormModal>
  );
}
