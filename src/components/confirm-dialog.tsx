import { Trans } from '@lingui/react/macro';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { InlineError } from './inline-error';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; a rejection keeps the dialog open and shows the backend's message. */
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
  confirmDisabled?: boolean;
}

export function ConfirmDialog({ opened, onClose, title, children, confirmLabel, onConfirm, danger = true, confirmDisabled }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (err) {
      setBusy(false);
      setError(err);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <InlineError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            <Trans>Cancel</Trans>
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={confirm} disabled={confirmDisabled}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
