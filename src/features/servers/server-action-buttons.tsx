import { useState } from 'react';
import type { Server } from '../../contract';
import { useServerAction } from '../../api/servers/server-action';
import { ActionButtons } from '../../components/action-buttons';
import { notifyError, notifySuccess } from '../../components/notify';
import { DeleteServerDialog } from './delete-server-dialog';
import { serverActions } from './server-actions';

interface Props {
  server: Server;
  size?: 'compact-xs' | 'sm';
  onDeleted?: () => void;
}

export function ServerActionButtons({ server, size = 'compact-xs', onDeleted }: Props) {
  const run = useServerAction();
  const [deleting, setDeleting] = useState(false);
  const [pending, setPending] = useState<'start' | 'stop' | null>(null);
  const act = async (kind: 'start' | 'stop') => {
    setPending(kind);
    try {
      await run.mutateAsync({ serverId: server.id, action: kind });
      notifySuccess(kind === 'start' ? 'Server started' : 'Server stopped', `${server.name} is ${kind === 'start' ? 'running' : 'stopped'}.`);
    } catch (err) {
      notifyError(`Could not ${kind} ${server.name}`, err);
    } finally {
      setPending(null);
    }
  };
  return (
    <>
      <ActionButtons
        actions={serverActions(server)}
        subject={server.name}
        size={size}
        pending={pending}
        onAction={(kind) => (kind === 'delete' ? setDeleting(true) : void act(kind))}
      />
      <DeleteServerDialog server={deleting ? server : null} onClose={() => setDeleting(false)} onDeleted={onDeleted} />
    </>
  );
}
