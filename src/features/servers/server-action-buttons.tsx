import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Server } from '../../contract';
import { fetchServerCascade } from '../../api/servers/server-cascade';
import { useServerAction } from '../../api/servers/server-action';
import { ActionButtons } from '../../components/action-buttons';
import { notifyError, notifySuccess } from '../../components/notify';
import type { Consequence } from '../../domain/ha';
import { DeleteServerDialog, StopServerDialog } from './lazy-dialogs';
import { serverActions } from './server-actions';

interface Props {
  server: Server;
  size?: 'compact-xs' | 'sm';
  onDeleted?: () => void;
}

export function ServerActionButtons({ server, size = 'compact-xs', onDeleted }: Props) {
  const run = useServerAction();
  const qc = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const [stopping, setStopping] = useState<{ server: Server; consequences: Consequence[] } | null>(null);
  const [pending, setPending] = useState<'start' | 'stop' | null>(null);
  const act = async (kind: 'start' | 'stop', throwOnError = false) => {
    setPending(kind);
    try {
      await run.mutateAsync({ serverId: server.id, action: kind });
      notifySuccess(kind === 'start' ? 'Server started' : 'Server stopped', `${server.name} is ${kind === 'start' ? 'running' : 'stopped'}.`);
    } catch (err) {
      notifyError(`Could not ${kind} ${server.name}`, err);
      if (throwOnError) throw err;
    } finally {
      setPending(null);
    }
  };
  /** Stop asks first when a VIP or an HA group depends on the server (or when that cannot be checked). */
  const askThenStop = async () => {
    setPending('stop');
    let consequences: Consequence[];
    try {
      consequences = await fetchServerCascade(qc, [server], 'stop');
    } catch (err) {
      setPending(null);
      notifyError(`Could not check what depends on ${server.name}; nothing was stopped`, err);
      return;
    }
    setPending(null);
    if (consequences.length === 0) await act('stop');
    else setStopping({ server, consequences });
  };
  return (
    <>
      <ActionButtons
        actions={serverActions(server)}
        subject={server.name}
        size={size}
        pending={pending}
        onAction={(kind) => (kind === 'delete' ? setDeleting(true) : kind === 'stop' ? void askThenStop() : void act(kind))}
      />
      <DeleteServerDialog server={deleting ? server : null} onClose={() => setDeleting(false)} onDeleted={onDeleted} />
      <StopServerDialog pending={stopping} onClose={() => setStopping(null)} onConfirm={() => act('stop', true)} />
    </>
  );
}
