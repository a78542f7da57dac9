import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAddressHolder } from '../../api/ports/use-address-holder';
import { useCreateServer } from '../../api/servers/create-server';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { DEMO_AZ } from '../../contract';
import { assignableRange, checkFixedIp, checkName, parseCidr, reservedAddresses } from '../../domain';

const IMAGES = [
  { value: 'ubuntu-22.04', label: 'Ubuntu 22.04' },
  { value: 'ubuntu-24.04', label: 'Ubuntu 24.04' },
  { value: 'centos-7.9', label: 'CentOS 7.9' },
  { value: 'huawei-euleros-2.0', label: 'EulerOS 2.0' },
];
const FLAVORS = [
  { value: 's6.small.1', label: 's6.small.1 (1 vCPU, 1 GiB)' },
  { value: 's6.medium.2', label: 's6.medium.2 (1 vCPU, 2 GiB)' },
  { value: 's6.large.2', label: 's6.large.2 (2 vCPUs, 4 GiB)' },
  { value: 'c7.xlarge.2', label: 'c7.xlarge.2 (4 vCPUs, 8 GiB)' },
];

interface Props {
  opened: boolean;
  onClose: () => void;
}

const EMPTY = { name: '', vpcId: '', subnetId: '', ip: '', image: 'ubuntu-22.04', flavor: 's6.medium.2' };

export function CreateServerModal({ opened, onClose }: Props) {
  const [values, setValues] = useState(EMPTY);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const vpcs = useAllVpcs();
  const subnets = useAllSubnets(values.vpcId, values.vpcId !== '');
  const create = useCreateServer();
  const subnet = subnets.data?.find((s) => s.id === values.subnetId);
  const vpc = vpcs.data?.find((v) => v.id === values.vpcId);
  const set = (patch: Partial<typeof EMPTY>, field: string) => {
    setTouched((t) => ({ ...t, [field]: true }));
    setValues((v) => ({ ...v, ...patch }));
  };
  const ipText = values.ip.trim();
  const usedBy = useAddressHolder(values.subnetId, ipText);
  const errors = {
    name: problemMessage(checkName(values.name.trim())),
    vpcId: vpc ? null : 'Choose a VPC.',
    subnetId: subnet ? null : 'Choose a subnet of the VPC.',
    ip: subnet && ipText ? problemMessage(checkFixedIp(subnet, ipText, usedBy)) : null,
  };
  const shown = (k: keyof typeof errors) => (touched[k] || submitted ? errors[k] : null);
  const cidr = subnet ? parseCidr(subnet.cidr) : null;
  const range = subnet ? assignableRange(subnet.cidr) : null;
  const reserved = subnet && cidr ? reservedAddresses(cidr, subnet.gateway_ip).map((r) => r.ip) : [];

  const close = () => {
    setValues(EMPTY);
    setTouched({});
    setSubmitted(false);
    setError(null);
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!vpc || !subnet || Object.values(errors).some(Boolean)) return;
    setError(null);
    try {
      await create.mutateAsync({
        name: values.name.trim(),
        imageRef: values.image,
        flavorRef: values.flavor,
        vpcid: vpc.id,
        nics: [{ subnet_id: subnet.id, ...(ipText ? { ip_address: ipText } : {}) }],
        root_volume: { volumetype: 'SSD' },
        availability_zone: DEMO_AZ,
        count: 1,
      });
      notifySuccess('Server created', `${values.name.trim()} is starting in ${subnet.name}.`);
      close();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Create Server" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            withAsterisk
            description="1-64 letters, digits, _, - or ."
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value }, 'name')}
            error={shown('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="VPC"
              withAsterisk
              searchable
              placeholder={vpcs.isLoading ? 'Loading VPCs…' : 'Choose a VPC'}
              data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
              value={values.vpcId || null}
              onChange={(v) => set({ vpcId: v ?? '', subnetId: '' }, 'vpcId')}
              error={shown('vpcId')}
            />
            <Select
              label="Subnet"
              withAsterisk
              searchable
              placeholder={vpc ? 'Choose a subnet' : 'Choose a VPC first'}
              data={(subnets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
              value={values.subnetId || null}
              onChange={(v) => set({ subnetId: v ?? '' }, 'subnetId')}
              error={shown('subnetId')}
              disabled={!vpc}
            />
          </SimpleGrid>
          <TextInput
            label="Private IP address"
            description={
              range
                ? `Optional; leave empty for the first free address. Assignable: ${range.first} to ${range.last}; reserved: ${reserved.join(', ')}.`
                : 'Optional; leave empty for the first free address.'
            }
            placeholder="Automatic"
            value={values.ip}
            onChange={(e) => set({ ip: e.currentTarget.value }, 'ip')}
            error={errors.ip}
            disabled={!subnet}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Image" data={IMAGES} value={values.image} allowDeselect={false} onChange={(v) => v && set({ image: v }, 'image')} />
            <Select label="Flavor" data={FLAVORS} value={values.flavor} allowDeselect={false} onChange={(v) => v && set({ flavor: v }, 'flavor')} />
          </SimpleGrid>
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create Server
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
