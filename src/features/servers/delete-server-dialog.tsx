import type { Server } from '../../contract';
import { useDeleteServer } from '../../api/servers/delete-server';
import { useServerCascade } from '../../api/servers/server-cascade';
import { DeleteDialog } from '../../components/delete-dialog';
import { CascadeNotice } from './cascade-notice';

export function DeleteServerDialog({ server, onClose, onDeleted }: { server: Server | null; onClose: () => void; onDeleted?: () => void }) {
  const del = useDeleteServer();
  const cascade = useServerCascade(server ? [server] : [], 'delete');
  return (
    <DeleteDialog
      subject={server}
      onClose={onClose}
      onDone={onDeleted}
      title={(s) => `Delete server ${s.name}?`}
      confirmLabel="Delete Server"
      confirmDisabled={cascade.isLoading}
      consequences={(s) => `Server ${s.name} will be deleted with its NICs; their addresses return to their subnets.`}
      extra={() => <CascadeNotice consequences={cascade.data} loading={cascade.isLoading} error={cascade.error} verb="Deleting" />}
      request={(s) => del.mutateAsync(s.id)}
      failure={(s) => `Could not delete ${s.name}`}
      success={(s) => ({ title: 'Server deleted', message: `${s.name} and its NICs were deleted.` })}
    />
  );
}
