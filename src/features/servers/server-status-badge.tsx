import type { ServerStatus } from '../../contract';
import { StatusBadge } from '../../components/status-badge';

const LABELS: Record<ServerStatus, string> = { ACTIVE: 'Running', SHUTOFF: 'Stopped', BUILD: 'Creating', ERROR: 'Error' };

export function ServerStatusBadge({ status }: { status: ServerStatus }) {
  return <StatusBadge status={status} label={LABELS[status] ?? status} />;
}
