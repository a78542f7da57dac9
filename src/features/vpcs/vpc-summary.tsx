import { t } from '@lingui/core/macro';
import { Code } from '@mantine/core';
import type { Vpc } from '../../contract';
import { CopyableCode, type DetailItem } from '../../components/detail-card';
import { formatDate } from '../../components/format';
import { StatusBadge } from '../../components/status-badge';

/** The rows of a VPC's summary card, in the console's language (call it while rendering). */
export function vpcSummary(vpc: Vpc): DetailItem[] {
  return [
    { label: t`ID`, value: <CopyableCode value={vpc.id} label={t`Copy VPC ID`} /> },
    { label: t`CIDR block`, value: <Code>{vpc.cidr}</Code> },
    { label: t`Status`, value: <StatusBadge status={vpc.status} /> },
    { label: t`Description`, value: vpc.description || '—' },
    { label: t`Created`, value: formatDate(vpc.created_at) },
  ];
}
