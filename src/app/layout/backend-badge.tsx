import { Badge } from '@mantine/core';
import { Link } from 'react-router-dom';
import { currentBackend, describeBackend, servedByApiServer, useConnectionStore } from '../../api/connection';
import { useRemoteChangesStore } from '../../api/remote-changes';
import { Hint } from '../../components/hint';

const LIVE_WORDS = { connecting: 'connecting to its changes stream', live: 'changes of others show within a second', polling: 'no changes stream: checked every few seconds' };

/** The header's word on the backend in use (and, for a remote one, how its changes arrive); opens Settings. */
export function BackendBadge() {
  useConnectionStore((s) => s.backend);
  const live = useRemoteChangesStore((s) => s.state);
  const detail = useRemoteChangesStore((s) => s.detail);
  const backend = currentBackend();
  const name =
    backend.kind === 'browser' ? 'This browser' : servedByApiServer && backend.url === window.location.origin ? 'This server' : new URL(backend.url).host;
  const hint =
    backend.kind === 'browser'
      ? 'The backend runs in this browser (IndexedDB). Change it in Settings > Backend.'
      : `Backend: ${describeBackend(backend)}${live ? `; ${LIVE_WORDS[live]}${live === 'polling' && detail ? ` (${detail})` : ''}` : ''}. Change it in Settings > Backend.`;
  return (
    <Hint label={hint} withArrow multiline maw={360}>
      <Badge
        component={Link}
        to="/settings"
        variant="light"
        color={backend.kind === 'browser' ? 'gray' : live === 'polling' ? 'orange' : 'blue'}
        radius="sm"
        tt="none"
        style={{ cursor: 'pointer' }}
        aria-label={`Backend: ${describeBackend(backend)}`}
      >
        Backend: {name}
      </Badge>
    </Hint>
  );
}
