import { Code } from '@mantine/core';
import type { Vpc } from '../../contract';
import { CopyableCode, type DetailItem } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';

/** The rows of a VPC's summary card. */
export function vpcSummary(vpc: Vpc): DetailItem[] {
  return [
    { label: 'ID', value: <CopyableCode value={vpc.id} label="Copy VPC ID" /> },
    { label: 'CIDR block', value: <Code>{vpc.cidr}</Code> },
    { label: 'Status', value: <StatusBadge status={vpc.status} /> },
    { label: 'Description', value: vpc.description || '—' },
    { label: 'Created', value: formatDate(vpc.created_at) },
  ];
}
