import { Code, Group } from '@mantine/core';
import type { Vpc } from '../../contract';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';

export function VpcSummary({ vpc }: { vpc: Vpc }) {
  return (
    <DetailCard
      items={[
        {
          label: 'ID',
          value: (
            <Group gap={4}>
              <Code>{vpc.id}</Code>
              <CopyButton value={vpc.id} label="Copy VPC ID" />
            </Group>
          ),
        },
        { label: 'CIDR block', value: <Code>{vpc.cidr}</Code> },
        { label: 'Status', value: <StatusBadge status={vpc.status} /> },
        { label: 'Description', value: vpc.description || '—' },
        { label: 'Created', value: formatDate(vpc.created_at) },
      ]}
    />
  );
}
