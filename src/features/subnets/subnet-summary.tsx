import { Code, Skeleton } from '@mantine/core';
import type { Subnet } from '../../contract';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { CopyableCode, type DetailItem } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';
import { VpcLink } from '../../components/vpc-link';
import { assignableCount, assignableRange, parseCidr } from '../../domain';
import { freeAddressCount } from './used-addresses';

function FreeAddresses({ subnet }: { subnet: Subnet }) {
  const privateIps = usePrivateIps(subnet.id);
  const cidr = parseCidr(subnet.cidr);
  if (privateIps.isLoading) return <Skeleton h={16} w={120} />;
  const free = privateIps.data ? freeAddressCount(subnet, privateIps.data) : null;
  if (free === null || !cidr) return '—';
  return `${free.toLocaleString('en')} of ${assignableCount(cidr).toLocaleString('en')}`;
}

/** The rows of a subnet's summary card. */
export function subnetSummary(subnet: Subnet): DetailItem[] {
  const range = assignableRange(subnet.cidr);
  return [
    { label: 'Network ID', value: <CopyableCode value={subnet.id} label="Copy the network ID" /> },
    { label: 'CIDR block', value: <Code>{subnet.cidr}</Code> },
    { label: 'Gateway', value: <Code>{subnet.gateway_ip}</Code> },
    { label: 'Assignable addresses', value: range ? `${range.first} to ${range.last}` : '—' },
    { label: 'Free addresses', value: <FreeAddresses subnet={subnet} /> },
    { label: 'VPC', value: <VpcLink vpcId={subnet.vpc_id} /> },
    { label: 'DHCP', value: subnet.dhcp_enable ? 'Enabled' : 'Disabled' },
    { label: 'Availability zone', value: subnet.availability_zone || '—' },
    { label: 'Status', value: <StatusBadge status={subnet.status} /> },
    { label: 'Created', value: formatDate(subnet.created_at) },
  ];
}
