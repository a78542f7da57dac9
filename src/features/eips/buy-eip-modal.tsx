import { useLingui } from '@lingui/react/macro';
import { NumberInput, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useCreateEip, type CreateEipInput } from '../../api/eips/create-eip';
import { FormModal } from '../../components/form-modal';
import { optionalCheckedText, wholeNumberField } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import { checkName, NUMBER_RULES } from '../../domain';

const eipForm: z.ZodType<CreateEipInput, { name: string; size: number | string }> = z
  .object({ name: optionalCheckedText(checkName), size: wholeNumberField(NUMBER_RULES.bandwidth) })
  .transform((v) => ({ name: v.name ?? '', bandwidthSize: v.size }));

export function BuyEipModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useLingui();
  const create = useCreateEip();
  const eip = useSchemaForm(eipForm, { name: '', size: 5 });
  const { form } = eip;
  const submit = async (input: CreateEipInput) => {
    const made = await create.mutateAsync(input);
    const ip = made.public_ip_address;
    const size = made.bandwidth_size;
    notifySuccess(t`EIP bought`, t`${ip} with ${size} Mbit/s.`);
  };
  return (
    <FormModal opened={opened} onClose={onClose} title={t`Buy EIP`} size="md" form={eip} onSubmit={submit} submitLabel={t`Buy EIP`} submitDisabled={Boolean(eip.problems.size)}>
      <TextInput label={t`Name`} description={t`Optional; also names the bandwidth`} data-autofocus {...form.getInputProps('name')} />
      <NumberInput
        label={t`Bandwidth (Mbit/s)`}
        withAsterisk
        min={NUMBER_RULES.bandwidth.min}
        max={NUMBER_RULES.bandwidth.max}
        clampBehavior="none"
        {...form.getInputProps('size')}
      />
    </FormModal>
  );
}
