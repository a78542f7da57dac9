import { useLingui } from '@lingui/react/macro';
import type { Server } from '../../contract';
import { useDeleteServer } from '../../api/servers/delete-server';
import { useServerCascade } from '../../api/servers/server-cascade';
import { DeleteDialog } from '../../components/delete-dialog';
import { CascadeNotice } from './cascade-notice';

export function DeleteServerDialog({ server, onClose, onDeleted }: { server: Server | null; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useLingui();
  const del = useDeleteServer();
  const cascade = useServerCascade(server ? [server] : [], 'delete');
  return (
    <DeleteDialog
      subject={server}
      onClose={onClose}
      onDone={onDeleted}
      title={({ name }) => t`Delete server ${name}?`}
      confirmLabel={t`Delete Server`}
      confirmDisabled={cascade.isLoading}
      consequences={({ name }) => t`Server ${name} will be deleted with its NICs; their addresses return to their subnets.`}
      extra={() => <CascadeNotice consequences={cascade.data} loading={cascade.isLoading} error={cascade.error} verb="Deleting" />}
      request={(s) => del.mutateAsync(s.id)}
      failure={({ name }) => t`Could not delete ${name}`}
      success={({ name }) => ({ title: t`Server deleted`, message: t`${name} and its NICs were deleted.` })}
    />
  );
}
