import { Button, Group, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { Server } from '../../contract';
import { useServerAction } from '../../api/servers/server-action';
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
  const [pending, setPending] = useState<string | null>(null);
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
    <Group gap={size === 'sm' ? 'xs' : 4} wrap="nowrap">
      {serverActions(server).map((a) => {
        const button = (
          <Button
            key={a.kind}
            size={size}
            variant={size === 'sm' ? (a.danger ? 'light' : 'default') : 'subtle'}
            color={a.danger ? 'red' : undefined}
            disabled={a.disabledReason !== null}
            loading={pending === a.kind}
            aria-label={size === 'sm' ? undefined : `${a.label} ${server.name}`}
            onClick={() => (a.kind === 'delete' ? setDeleting(true) : void act(a.kind))}
          >
            {a.label}
          </Button>
        );
        return a.disabledReason ? (
          <Tooltip key={a.kind} label={a.disabledReason} withArrow>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
      <DeleteServerDialog server={deleting ? server : null} onClose={() => setDeleting(false)} onDeleted={onDeleted} />
    </Group>
  );
}
