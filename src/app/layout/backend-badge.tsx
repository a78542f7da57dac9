import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import { Link } from 'react-router-dom';
import { currentBackend, servedByApiServer, useConnectionStore } from '../../api/connection';
import { useRemoteChangesStore } from '../../api/remote-changes';
import { Hint } from '../../components/hint';

const LIVE_WORDS = {
  connecting: msg`connecting to its changes stream`,
  live: msg`changes of others show within a second`,
  polling: msg`no changes stream: checked every few seconds`,
};

/** The header's word on the backend in use (and, for a remote one, how its changes arrive); opens Settings. */
export function BackendBadge() {
  const { t } = useLingui();
  useConnectionStore((s) => s.backend);
  const live = useRemoteChangesStore((s) => s.state);
  const detail = useRemoteChangesStore((s) => s.detail);
  const backend = currentBackend();
  const url = backend.kind === 'browser' ? '' : backend.url;
  const thisServer = backend.kind !== 'browser' && servedByApiServer && url === window.location.origin;
  const name = backend.kind === 'browser' ? t`This browser` : thisServer ? t`This server` : new URL(url).host;
  const described = backend.kind === 'browser' ? name : thisServer ? t`This server (${url})` : url;
  const liveWords = live ? t(LIVE_WORDS[live]) : '';
  const how = !live ? '' : live === 'polling' && detail ? t`${liveWords} (${detail})` : liveWords;
  const hint =
    backend.kind === 'browser'
      ? t`The backend runs in this browser (IndexedDB). Change it in Settings > Backend.`
      : how
        ? t`Backend: ${described}; ${how}. Change it in Settings > Backend.`
        : t`Backend: ${described}. Change it in Settings > Backend.`;
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
        aria-label={t`Backend: ${described}`}
      >
        <Trans>Backend: {name}</Trans>
      </Badge>
    </Hint>
  );
}
