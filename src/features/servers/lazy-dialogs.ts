import type { ComponentProps } from 'react';
import { lazyDialog } from '../../components/lazy-dialog';
import type { CreateServerModal as CreateModal } from './create-server-modal';
import type { DeleteServerDialog as DeleteDialog } from './delete-server-dialog';
import type { StopServerDialog as StopDialog } from './stop-server-dialog';

type CreateProps = ComponentProps<typeof CreateModal>;
type DeleteProps = ComponentProps<typeof DeleteDialog>;
type StopProps = ComponentProps<typeof StopDialog>;

/** The servers' dialogs, loaded when one first opens (the servers list is a first route). */
export const CreateServerModal = lazyDialog<CreateProps>(async () => (await import('./create-server-modal')).CreateServerModal, (p) => p.opened);
export const DeleteServerDialog = lazyDialog<DeleteProps>(async () => (await import('./delete-server-dialog')).DeleteServerDialog, (p) => p.server !== null);
export const StopServerDialog = lazyDialog<StopProps>(async () => (await import('./stop-server-dialog')).StopServerDialog, (p) => p.pending !== null);
