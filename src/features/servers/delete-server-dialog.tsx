import type { Server } from '../../contract';
import { useDeleteServer } from '../../api/servers/delete-server';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifyError, notifySuccess } from '../../components/notify';

interface Props {
  server: Server | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteServerDialog({ server, onClose, onDeleted }: Props) {
  const del = useDeleteServer();
  return (
    <ConfirmDialog
      opened={server !== null}
      onClose={onClose}
      title={`Delete server ${server?.name ?? ''}?`}
      confirmLabel="Delete Server"
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
      {`Server ${server?.name} will be deleted with its NICs; their addresses return to their subnets.`}
    </ConfirmDialog>
  );
}
