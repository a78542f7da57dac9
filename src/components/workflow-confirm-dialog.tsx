import { useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WorkflowHandle } from '../workflows/use-workflow';
import { isWorking, WorkflowSteps } from './workflow-steps';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmDisabled?: boolean;
  flow: WorkflowHandle;
  /** Starts the workflow; resolves true when every step is done (the dialog then closes). */
  onConfirm: () => Promise<boolean>;
}

/** A confirm dialog whose action is a workflow: its steps show once it runs, with Retry and Undo on a failure. */
export function WorkflowConfirmDialog({ opened, onClose, title, children, confirmLabel, confirmDisabled, flow, onConfirm }: Props) {
  const { t } = useLingui();
  const busy = isWorking(flow.phase);
  const started = flow.phase !== 'idle';
  const close = () => {
    if (busy) return;
    flow.reset();
    onClose();
  };
  const confirm = async () => {
    if (await onConfirm()) close();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        {started && <WorkflowSteps flow={flow} />}
        <Group justify="flex-end">
          {started ? (
            <Button onClick={close} disabled={busy}>
              {busy ? t`Working…` : t`Close`}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {t`Cancel`}
              </Button>
              <Button color="red" onClick={() => void confirm()} disabled={confirmDisabled}>
                {confirmLabel}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
