import { t } from '@lingui/core/macro';
import { Code, Skeleton } from '@mantine/core';
import type { Subnet } from '../../contract';
import { usePrivateIps } from '../../api/subnets/get-private-ips';
import { CopyableCode, type DetailItem } from '../../components/detail-card';
import { formatDate, formatNumber } from '../../components/format';
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
  const freeCount = formatNumber(free);
  const total = formatNumber(assignableCount(cidr));
  return t`${freeCount} of ${total}`;
}

const rangeText = ({ first, last }: { first: string; last: string }) => t`${first} to ${last}`;

/** The rows of a subnet's summary card, in the console's language (call it while rendering). */
export function subnetSummary(subnet: Subnet): DetailItem[] {
  const range = assignableRange(subnet.cidr);
  return [
    { label: t`Network ID`, value: <CopyableCode value={subnet.id} label={t`Copy the network ID`} /> },
    { label: t`CIDR block`, value: <Code>{subnet.cidr}</Code> },
    { label: t`Gateway`, value: <Code>{subnet.gateway_ip}</Code> },
    { label: t`Assignable addresses`, value: range ? rangeText(range) : '—' },
    { label: t`Free addresses`, value: <FreeAddresses subnet={subnet} /> },
    { label: t`VPC`, value: <VpcLink vpcId={subnet.vpc_id} /> },
    { label: t`DHCP`, value: subnet.dhcp_enable ? t`Enabled` : t`Disabled` },
    { label: t`Availability zone`, value: subnet.availability_zone || '—' },
    { label: t`Status`, value: <StatusBadge status={subnet.status} /> },
    { label: t`Created`, value: formatDate(subnet.created_at) },
  ];
}
