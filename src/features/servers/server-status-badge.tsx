import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { ServerStatus } from '../../contract';
import { StatusBadge } from '../../components/status-badge';

const LABELS: Record<ServerStatus, MessageDescriptor> = { ACTIVE: msg`Running`, SHUTOFF: msg`Stopped`, BUILD: msg`Creating`, ERROR: msg`Error` };

export function ServerStatusBadge({ status }: { status: ServerStatus }) {
  const { t } = useLingui();
  const label = LABELS[status] as MessageDescriptor | undefined;
  return <StatusBadge status={status} label={label ? t(label) : status} />;
}
