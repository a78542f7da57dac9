import { useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Server } from '../../contract';
import { fetchServerCascade } from '../../api/servers/server-cascade';
import { useServerAction } from '../../api/servers/server-action';
import { ActionButtons } from '../../components/action-buttons';
import type { RowActions } from '../../components/list-page';
import { notifyError, notifySuccess } from '../../components/notify';
import type { Consequence } from '../../domain/ha';
import { DeleteServerDialog, StopServerDialog } from './lazy-dialogs';
import { serverActions, type ServerActionKind } from './server-actions';

/**
 * Start, Stop and Delete for any server of a page: each server's actions, and the dialogs they open
 * (Delete always asks; Stop asks when a VIP or an HA group depends on the server).
 */
export function useServerActions(onDeleted?: () => void) {
  const { t } = useLingui();
  const run = useServerAction();
  const qc = useQueryClient();
  const [deleting, setDeleting] = useState<Server | null>(null);
  const [stopping, setStopping] = useState<{ server: Server; consequences: Consequence[] } | null>(null);
  const [pending, setPending] = useState<{ id: string; kind: 'start' | 'stop' } | null>(null);
  const act = async (server: Server, kind: 'start' | 'stop', throwOnError = false) => {
    setPending({ id: server.id, kind });
    const name = server.name;
    try {
      await run.mutateAsync({ serverId: server.id, action: kind });
      if (kind === 'start') notifySuccess(t`Server started`, t`${name} is running.`);
      else notifySuccess(t`Server stopped`, t`${name} is stopped.`);
    } catch (err) {
      notifyError(kind === 'start' ? t`Could not start ${name}` : t`Could not stop ${name}`, err);
      if (throwOnError) throw err;
    } finally {
      setPending(null);
    }
  };
  const askThenStop = async (server: Server) => {
    setPending({ id: server.id, kind: 'stop' });
    const name = server.name;
    let consequences: Consequence[];
    try {
      consequences = await fetchServerCascade(qc, [server], 'stop');
    } catch (err) {
      setPending(null);
      notifyError(t`Could not check what depends on ${name}; nothing was stopped`, err);
      return;
    }
    setPending(null);
    if (consequences.length === 0) await act(server, 'stop');
    else setStopping({ server, consequences });
  };
  const rowActions = (server: Server): RowActions<ServerActionKind> => ({
    actions: serverActions(server),
    pending: pending?.id === server.id ? pending.kind : null,
    onAction: (kind) => (kind === 'delete' ? setDeleting(server) : kind === 'stop' ? void askThenStop(server) : void act(server, kind)),
  });
  const dialogs = (
    <>
      <DeleteServerDialog server={deleting} onClose={() => setDeleting(null)} onDeleted={onDeleted} />
      <StopServerDialog pending={stopping} onClose={() => setStopping(null)} onConfirm={(server) => act(server, 'stop', true)} />
    </>
  );
  return { rowActions, dialogs };
}

interface Props {
  server: Server;
  size?: 'compact-xs' | 'sm';
  onDeleted?: () => void;
}

export function ServerActionButtons({ server, size = 'compact-xs', onDeleted }: Props) {
  const { rowActions, dialogs } = useServerActions(onDeleted);
  return (
    <>
      <ActionButtons {...rowActions(server)} subject={server.name} size={size} />
      {dialogs}
    </>
  );
}
