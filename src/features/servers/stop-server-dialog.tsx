import { useLingui } from '@lingui/react/macro';
import { Stack, Text } from '@mantine/core';
import type { Server } from '../../contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { Consequence } from '../../domain/ha';
import { CascadeNotice } from './cascade-notice';

interface Props {
  /** The server and what stopping it does; null while closed. */
  pending: { server: Server; consequences: Consequence[] } | null;
  onClose: () => void;
  onConfirm: (server: Server) => Promise<void>;
}

/** Asked only when something depends on the server: a server in no VIP or HA group stops at once. */
export function StopServerDialog({ pending, onClose, onConfirm }: Props) {
  const { t } = useLingui();
  const name = pending?.server.name ?? '';
  return (
    <ConfirmDialog
      opened={pending !== null}
      onClose={onClose}
      title={t`Stop server ${name}?`}
      confirmLabel={t`Stop Server`}
      onConfirm={() => (pending ? onConfirm(pending.server) : Promise.resolve())}
    >
      <Stack gap="sm">
        <Text size="sm">{t`Server ${name} will be shut off until it is started again.`}</Text>
        <CascadeNotice consequences={pending?.consequences} loading={false} error={null} verb="Stopping" />
      </Stack>
    </ConfirmDialog>
  );
}
