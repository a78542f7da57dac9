import { Button, Code, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAddressHolder } from '../../api/ports/use-address-holder';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useCreateVip } from '../../api/vips/create-vip';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import { problemMessage } from '../../components/problem-message';
import { assignableRange, checkFixedIp, checkName, firstFreeIp, parseCidr, reservedAddresses } from '../../domain';

interface Props {
  opened: boolean;
  onClose: () => void;
  presetSubnetId?: string;
}

type Mode = 'auto' | 'manual';

export function AssignVipModal({ opened, onClose, presetSubnetId }: Props) {
  const [subnetId, setSubnetId] = useState<string | null>(presetSubnetId ?? null);
  const [mode, setMode] = useState<Mode>('auto');
  const [ip, setIp] = useState('');
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const subnets = useAllSubnets();
  const used = usePrivateIps(subnetId ?? '');
  const create = useCreateVip();
  const subnet = subnets.data?.find((s) => s.id === subnetId);
  const cidr = subnet ? parseCidr(subnet.cidr) : null;

  const ipText = ip.trim();
  const usedBy = useAddressHolder(subnetId ?? '', mode === 'manual' ? ipText : '');
  const errors = {
    subnet: subnet ? null : 'Choose the subnet the virtual IP belongs to.',
    ip: mode === 'manual' && subnet ? (ipText ? problemMessage(checkFixedIp(subnet, ipText, usedBy)) : 'Enter an IP address.') : null,
    name: name.trim() ? problemMessage(checkName(name.trim())) : null,
  };
  const next = subnet && cidr && used.data ? firstFreeIp(cidr, subnet.gateway_ip, new Set(used.data.map((p) => p.ip_address))) : null;
  const reserved = subnet && cidr ? reservedAddresses(cidr, subnet.gateway_ip) : [];
  const range = subnet ? assignableRange(subnet.cidr) : null;

  const close = () => {
    setSubnetId(presetSubnetId ?? null);
    setMode('auto');
    setIp('');
    setName('');
    setSubmitted(false);
    setError(null);
    onClose();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!subnet || Object.values(errors).some(Boolean)) return;
    setError(null);
    try {
      const vip = await create.mutateAsync({
        networkId: subnet.id,
        neutronSubnetId: subnet.neutron_subnet_id,
        ipAddress: mode === 'manual' ? ipText : undefined,
        name: name.trim() || undefined,
      });
      notifySuccess('Virtual IP assigned', `${vip.fixed_ips[0]?.ip_address} in ${subnet.name}.`);
      close();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Assign Virtual IP Address" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="Subnet"
            withAsterisk
            searchable
            placeholder={subnets.isLoading ? 'Loading subnets…' : 'Choose a subnet'}
            data={(subnets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
            value={subnetId}
            onChange={setSubnetId}
            error={submitted ? errors.subnet : null}
            disabled={Boolean(presetSubnetId)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="vip-assign-mode">
              IP address
            </Text>
            <SegmentedControl
              aria-labelledby="vip-assign-mode"
              value={mode}
              onChange={(v) => setMode(v as Mode)}
              data={[
                { value: 'auto', label: 'Automatic' },
                { value: 'manual', label: 'Manual' },
              ]}
            />
          </Stack>
          {mode === 'auto' ? (
            <Text size="sm" c="dimmed">
              {subnet
                ? next
                  ? `The first free address is assigned: ${next}.`
                  : used.isLoading
                    ? 'Reading the subnet’s used addresses…'
                    : `${subnet.name} has no free address.`
                : 'Choose a subnet: its first free address is assigned.'}
            </Text>
          ) : (
            <TextInput
              label="Virtual IP address"
              withAsterisk
              placeholder={next ?? '192.168.0.100'}
              value={ip}
              onChange={(e) => setIp(e.currentTarget.value)}
              error={ipText || submitted ? errors.ip : null}
              disabled={!subnet}
              description={range ? `Assignable: ${range.first} to ${range.last}` : undefined}
            />
          )}
          {subnet && (
            <Text size="xs" c="dimmed">
              Reserved in {subnet.name}, never assigned:{' '}
              {reserved.map((r, i) => (
                <span key={r.ip}>
                  {i > 0 && ', '}
                  <Code>{r.ip}</Code> {r.use.toLowerCase().replace('dhcp', 'DHCP')}
                </span>
              ))}
              .
            </Text>
          )}
          <TextInput
            label="Name"
            description="Optional"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <InlineError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Assign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
