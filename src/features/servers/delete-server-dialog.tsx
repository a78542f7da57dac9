import { Stack, Text } from '@mantine/core';
import type { Server } from '../../contract';
import { useDeleteServer } from '../../api/servers/delete-server';
import { useServerCascade } from '../../api/servers/server-cascade';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';
import { CascadeNotice } from './cascade-notice';

interface Props {
  server: Server | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteServerDialog({ server, onClose, onDeleted }: Props) {
  const del = useDeleteServer();
  const cascade = useServerCascade(server ? [server] : [], 'delete');
  return (
    <ConfirmDialog
      opened={server !== null}
      onClose={onClose}
      title={`Delete server ${server?.name ?? ''}?`}
      confirmLabel="Delete Server"
      confirmDisabled={cascade.isLoading}
      onConfirm={async () => {
        if (!server) return;
        try {
          await del.mutateAsync(server.id);
        } catch (err) {
          notifyError(`Could not delete ${server.name}`, err);
          throw err;
        }
        notifySuccess('Server deleted', `${server.name} and its NICs were deleted.`);
        onDeleted?.();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{`Server ${server?.name} will be deleted with its NICs; their addresses return to their subnets.`}</Text>
        <CascadeNotice consequences={cascade.data} loading={cascade.isLoading} error={cascade.error} verb="Deleting" />
      </Stack>
    </ConfirmDialog>
  );
}
