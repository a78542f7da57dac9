import { Anchor, Code, Group } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Subnet } from '../../contract';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { assignableRange } from '../../domain';

export function SubnetSummary({ subnet, vpcName }: { subnet: Subnet; vpcName?: string }) {
  const range = assignableRange(subnet.cidr);
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
