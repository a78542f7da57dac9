import { Anchor, Code, Group, Skeleton } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Subnet } from '../../contract';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { assignableCount, assignableRange, parseCidr } from '../../domain';
import { freeAddressCount } from './used-addresses';

export function SubnetSummary({ subnet, vpcName }: { subnet: Subnet; vpcName?: string }) {
  const range = assignableRange(subnet.cidr);
  const cidr = parseCidr(subnet.cidr);
  const privateIps = usePrivateIps(subnet.id);
  const free = privateIps.data ? freeAddressCount(subnet, privateIps.data) : null;
  return (
    <DetailCard
      items={[
        {
          label: 'Network ID',
          value: (
            <Group gap={4}>
              <Code>{subnet.id}</Code>
              <CopyButton value={subnet.id} label="Copy the network ID" />
            </Group>
          ),
        },
        { label: 'CIDR block', value: <Code>{subnet.cidr}</Code> },
        { label: 'Gateway', value: <Code>{subnet.gateway_ip}</Code> },
        { label: 'Assignable addresses', value: range ? `${range.first} to ${range.last}` : '—' },
        {
          label: 'Free addresses',
          value: privateIps.isLoading ? (
            <Skeleton h={16} w={120} />
          ) : free !== null && cidr ? (
            `${free.toLocaleString('en')} of ${assignableCount(cidr).toLocaleString('en')}`
          ) : (
            '—'
          ),
        },
        {
          label: 'VPC',
          value: (
            <Anchor component={Link} to={`/vpcs/${subnet.vpc_id}`}>
              {vpcName ?? subnet.vpc_id}
            </Anchor>
          ),
        },
        { label: 'DHCP', value: subnet.dhcp_enable ? 'Enabled' : 'Disabled' },
        { label: 'Availability zone', value: subnet.availability_zone || '—' },
        { label: 'Status', value: <StatusBadge status={subnet.status} /> },
        { label: 'Created', value: formatDate(subnet.created_at) },
      ]}
    />
  );
}
