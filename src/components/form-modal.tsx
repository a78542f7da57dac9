import { useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import type { WorkflowHandle } from '../workflows/use-workflow';
import { InlineError } from './inline-error';
import type { SchemaForm } from './use-schema-form';
import { isWorking, WorkflowSteps } from './workflow-steps';

interface FormModalProps<Values extends Record<string, unknown>, Out> {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  /** From `useSchemaForm`: its values, problems and the backend's refusal. */
  form: SchemaForm<Values, Out>;
  /** Runs with the schema's output; a rejection stays in the dialog with its message, and nothing is lost. */
  onSubmit: (values: Out) => Promise<unknown> | void;
  submitLabel: string;
  submitDisabled?: boolean;
  /** The fields. Put `data-autofocus` on the first text field (a Select there opens its list on focus). */
  children: ReactNode;
  /**
   * A dialog whose action is a workflow: once it starts, its steps (with Retry and Undo) replace the
   * fields, the dialog stays open after the last step, and it cannot close while a step runs.
   */
  flow?: WorkflowHandle;
  stepsLabel?: string;
  /** Shown left of the buttons, e.g. what is chosen so far. */
  status?: ReactNode;
}

/**
 * The one frame of every create and edit dialog: a form (Enter in a field submits), the fields, the
 * backend's refusal where it happened, Cancel and the submit button. Opening and closing reset the form.
 */
export function FormModal<Values extends Record<string, unknown>, Out>(props: FormModalProps<Values, Out>) {
  const { opened, onClose, title, size = 'lg', form, onSubmit, submitLabel, submitDisabled, children, flow, stepsLabel, status } = props;
  const { t } = useLingui();
  const busy = flow ? isWorking(flow.phase) : false;
  const started = flow ? flow.phase !== 'idle' : false;
  const { reset } = form;
  useEffect(() => {
    if (opened) reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start afresh on each opening, from the values given then
  }, [opened]);
  const close = () => {
    if (busy) return;
    flow?.reset();
    reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered size={size}>
      {started && flow ? (
        <Stack>
          <WorkflowSteps flow={flow} label={stepsLabel} />
          <Group justify="flex-end">
            <Button onClick={close} disabled={busy}>
              {busy ? t`Working…` : t`Close`}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(onSubmit, flow ? undefined : close)} noValidate>
          <Stack>
            {children}
            <InlineError error={form.refusal} />
            <Group justify={status ? 'space-between' : 'flex-end'}>
              {status}
              <Group>
                <Button variant="default" onClick={close}>
                  {t`Cancel`}
                </Button>
                <Button type="submit" loading={form.submitting} disabled={submitDisabled}>
                  {submitLabel}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
