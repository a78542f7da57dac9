import { Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCreateSubnet } from '../../api/subnets/create-subnet';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { DEMO_AZ } from '../../contract';
import { assignableRange, checkGatewayIp, checkName, checkSubnetCidr, defaultGateway, parseCidr } from '../../domain';
import { suggestSubnetCidr } from './suggest-subnet-cidr';

interface Props {
  opened: boolean;
  onClose: () => void;
  presetVpcId?: string;
}

const EMPTY = { name: '', vpcId: '', cidr: '', gateway: '', dhcp: true };

export function CreateSubnetModal({ opened, onClose, presetVpcId }: Props) {
  const [values, setValues] = useState({ ...EMPTY, vpcId: presetVpcId ?? '' });
  const [gatewayEdited, setGatewayEdited] = useState(false);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const vpcs = useAllVpcs();
  const siblings = useAllSubnets(values.vpcId, values.vpcId !== '');
  const create = useCreateSubnet();
  const vpc = vpcs.data?.find((v) => v.id === values.vpcId);

  const cidrText = values.cidr.trim();
  const errors = {
    name: problemMessage(checkName(values.name.trim())),
    vpcId: vpc ? null : 'Choose the VPC the subnet belongs to.',
    cidr: vpc ? problemMessage(checkSubnetCidr(cidrText, vpc, siblings.data ?? [])) : null,
    gateway: null as string | null,
  };
  // The gateway is judged inside a valid CIDR only: a bad CIDR is one error, on the CIDR (not a second one
  // on the gateway, nor on the gateway the form filled in from it).
  if (errors.cidr === null && parseCidr(cidrText)) errors.gateway = problemMessage(checkGatewayIp(cidrText, values.gateway.trim()));
  const shown = (k: keyof typeof errors) => (touched[k] || submitted ? errors[k] : null);

  const set = (patch: Partial<typeof values>, field: string) => {
    setTouched((t) => ({ ...t, [field]: true }));
    setValues((v) => {
      const next = { ...v, ...patch };
      if ('cidr' in patch && !gatewayEdited) {
        const parsed = parseCidr(next.cidr.trim());
        next.gateway = parsed ? defaultGateway(parsed) : '';
      }
      return next;
    });
  };

  const chooseVpc = (vpcId: string | null) => {
    setTouched((t) => ({ ...t, vpcId: true }));
    setValues((v) => ({ ...v, vpcId: vpcId ?? '' }));
  };

  const suggestion = vpc && siblings.data ? suggestSubnetCidr(vpc.cidr, siblings.data) : null;
  const range = errors.cidr === null ? assignableRange(cidrText) : null;

  const close = () => {
    setValues({ ...EMPTY, vpcId: presetVpcId ?? '' });
    setTouched({});
    setSubmitted(false);
    setGatewayEdited(false);
    setError(null);
    onClose();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean) || !vpc) return;
    setError(null);
    try {
      const subnet = await create.mutateAsync({
        name: values.name.trim(),
        cidr: cidrText,
        gateway_ip: values.gateway.trim(),
        vpc_id: vpc.id,
        dhcp_enable: values.dhcp,
        availability_zone: DEMO_AZ,
      });
      notifySuccess('Subnet created', `${subnet.name} (${subnet.cidr}) in ${vpc.name}.`);
      close();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Create Subnet" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="VPC"
            withAsterisk
            placeholder={vpcs.isLoading ? 'Loading VPCs…' : 'Choose a VPC'}
            data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
            value={values.vpcId || null}
            onChange={chooseVpc}
            searchable
            error={shown('vpcId')}
            disabled={Boolean(presetVpcId)}
          />
          <TextInput
            label="Name"
            withAsterisk
            description="1-64 letters, digits, _, - or ."
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value }, 'name')}
            error={shown('name')}
          />
          <Stack gap={4}>
            <TextInput
              label="CIDR block"
              withAsterisk
              description={vpc ? `Inside ${vpc.cidr}, at most /28, not overlapping another subnet of ${vpc.name}` : 'Choose a VPC first'}
              placeholder={suggestion ?? '192.168.1.0/24'}
              value={values.cidr}
              onChange={(e) => set({ cidr: e.currentTarget.value }, 'cidr')}
              error={values.cidr !== '' || submitted ? shown('cidr') : null}
              disabled={!vpc}
            />
            {suggestion && values.cidr.trim() !== suggestion && (
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  Free block:
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => set({ cidr: suggestion }, 'cidr')}>
                  Use {suggestion}
                </Button>
              </Group>
            )}
          </Stack>
          <TextInput
            label="Gateway"
            withAsterisk
            description={
              range
                ? `Assignable addresses: ${range.first} to ${range.last}`
                : cidrText
                  ? 'Enter a valid CIDR first: the gateway is an address inside it.'
                  : 'Defaults to the first address of the subnet'
            }
            value={values.gateway}
            onChange={(e) => {
              setGatewayEdited(true);
              set({ gateway: e.currentTarget.value }, 'gateway');
            }}
            error={cidrText && (touched.gateway || submitted) ? errors.gateway : null}
          />
          <Switch label="DHCP" checked={values.dhcp} onChange={(e) => setValues((v) => ({ ...v, dhcp: e.currentTarget.checked }))} />
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create Subnet
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
