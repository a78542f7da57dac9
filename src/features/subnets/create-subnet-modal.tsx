import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useCreateSubnet, type CreateSubnetInput } from '../../api/subnets/create-subnet';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { FormModal } from '../../components/form-modal';
import { checkedText, chosen } from '../../components/form-rules';
import { notifySuccess } from '../../components/notify';
import { problemText } from '../../components/problem-text';
import { judgeForm, useFormState } from '../../components/use-schema-form';
import { DEMO_AZ, type Subnet, type Vpc } from '../../contract';
import { assignableRange, checkGatewayIp, checkName, checkSubnetCidr, defaultGateway, parseCidr } from '../../domain';
import { suggestSubnetCidr } from './suggest-subnet-cidr';

interface Props {
  opened: boolean;
  onClose: () => void;
  presetVpcId?: string;
}

interface Values extends Record<string, unknown> {
  name: string;
  vpcId: string | null;
  cidr: string;
  gateway: string;
  dhcp: boolean;
}

/**
 * The CIDR is judged inside the chosen VPC, the gateway inside a valid CIDR only: a bad CIDR is one
 * error, on the CIDR (not a second one on the gateway, nor on the gateway the form filled in from it).
 * Made on each render, so its own words follow the console's language.
 */
const subnetForm = (vpc: Vpc | undefined, siblings: readonly Subnet[]): z.ZodType<CreateSubnetInput, Values> =>
  z
    .object({
      name: checkedText(checkName),
      vpcId: chosen(t`Choose the VPC the subnet belongs to.`),
      cidr: z.string().trim(),
      gateway: z.string().trim(),
      dhcp: z.boolean(),
    })
    .superRefine((v, ctx) => {
      if (!vpc) return;
      const cidrProblem = checkSubnetCidr(v.cidr, vpc, siblings);
      if (cidrProblem) ctx.addIssue({ code: 'custom', path: ['cidr'], message: problemText(cidrProblem) ?? '' });
      else if (parseCidr(v.cidr)) {
        const gatewayProblem = checkGatewayIp(v.cidr, v.gateway);
        if (gatewayProblem) ctx.addIssue({ code: 'custom', path: ['gateway'], message: problemText(gatewayProblem) ?? '' });
      }
    })
    .transform((v) => ({ name: v.name, cidr: v.cidr, gateway_ip: v.gateway, vpc_id: v.vpcId, dhcp_enable: v.dhcp, availability_zone: DEMO_AZ }));

export function CreateSubnetModal({ opened, onClose, presetVpcId }: Props) {
  const { t } = useLingui();
  const vpcs = useAllVpcs();
  const create = useCreateSubnet();
  const initial: Values = { name: '', vpcId: presetVpcId ?? null, cidr: '', gateway: '', dhcp: true };
  const state = useFormState(initial);
  const vpcId = state.form.values.vpcId ?? '';
  const siblings = useAllSubnets(vpcId, vpcId !== '');
  const vpc = vpcs.data?.find((v) => v.id === vpcId);
  const subnet = judgeForm(state, subnetForm(vpc, siblings.data ?? []));
  const { form } = subnet;
  form.watch('cidr', ({ value }) => {
    if (form.isTouched('gateway')) return;
    const parsed = parseCidr(value.trim());
    form.setValues({ gateway: parsed ? defaultGateway(parsed) : '' });
  });

  const cidrText = form.values.cidr.trim();
  const suggestion = vpc && siblings.data ? suggestSubnetCidr(vpc.cidr, siblings.data) : null;
  const range = vpc && !subnet.problems.cidr ? assignableRange(cidrText) : null;
  const first = range?.first;
  const last = range?.last;
  const submit = async (values: CreateSubnetInput) => {
    const made = await create.mutateAsync(values);
    const name = made.name;
    const cidr = made.cidr;
    const vpcName = vpc?.name ?? values.vpc_id;
    notifySuccess(t`Subnet created`, t`${name} (${cidr}) in ${vpcName}.`);
  };

  const vpcCidr = vpc?.cidr;
  const vpcName = vpc?.name;
  return (
    <FormModal opened={opened} onClose={onClose} title={t`Create Subnet`} form={subnet} onSubmit={submit} submitLabel={t`Create Subnet`}>
      <Select
        label={t`VPC`}
        withAsterisk
        placeholder={vpcs.isLoading ? t`Loading VPCs…` : t`Choose a VPC`}
        data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
        searchable
        disabled={Boolean(presetVpcId)}
        {...form.getInputProps('vpcId')}
      />
      <TextInput label={t`Name`} withAsterisk description={t`1-64 letters, digits, _, - or .`} data-autofocus {...form.getInputProps('name')} />
      <Stack gap={4}>
        <TextInput
          label={t`CIDR block`}
          withAsterisk
          description={vpc ? t`Inside ${vpcCidr}, at most /28, not overlapping another subnet of ${vpcName}` : t`Choose a VPC first`}
          placeholder={suggestion ?? '192.168.1.0/24'}
          disabled={!vpc}
          {...form.getInputProps('cidr')}
        />
        {suggestion && cidrText !== suggestion && (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              <Trans>Free block:</Trans>
            </Text>
            <Button size="compact-xs" variant="light" onClick={() => form.setFieldValue('cidr', suggestion)}>
              <Trans>Use {suggestion}</Trans>
            </Button>
          </Group>
        )}
      </Stack>
      <TextInput
        label={t`Gateway`}
        withAsterisk
        description={
          range
            ? t`Assignable addresses: ${first} to ${last}`
            : cidrText
              ? t`Enter a valid CIDR first: the gateway is an address inside it.`
              : t`Defaults to the first address of the subnet`
        }
        {...form.getInputProps('gateway')}
      />
      <Switch label={t`DHCP`} {...form.getInputProps('dhcp', { type: 'checkbox' })} />
    </FormModal>
  );
}
