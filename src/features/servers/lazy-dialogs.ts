import type { ComponentProps } from 'react';
import { lazyDialog } from '../../components/lazy-dialog';

type CreateProps = ComponentProps<typeof import('./create-server-modal').CreateServerModal>;
type DeleteProps = ComponentProps<typeof import('./delete-server-dialog').DeleteServerDialog>;
type StopProps = ComponentProps<typeof import('./stop-server-dialog').StopServerDialog>;

/** The servers' dialogs, loaded when one first opens (the servers list is a first route). */
export const CreateServerModal = lazyDialog<CreateProps>(async () => (await import('./create-server-modal')).CreateServerModal, (p) => p.opened);
export const DeleteServerDialog = lazyDialog<DeleteProps>(async () => (await import('./delete-server-dialog')).DeleteServerDialog, (p) => p.server !== null);
export const StopServerDialog = lazyDialog<StopProps>(async () => (await import('./stop-server-dialog')).StopServerDialog, (p) => p.pending !== null);
