import { Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useWorkflow, type WorkflowHandle } from '../workflows/use-workflow';
import { ConfirmDialog } from './confirm-dialog';
import { notifyError, notifySuccess } from './notify';
import { WorkflowConfirmDialog } from './workflow-confirm-dialog';

export interface Notice {
  title: string;
  message: string;
}

type AnyWorkflow = Parameters<WorkflowHandle['start']>[0];

interface Common<T> {
  /** What the dialog acts on; null while closed. */
  subject: T | null;
  onClose: () => void;
  /** After the action succeeded (a detail page leaves for its list). */
  onDone?: () => void;
  title: (subject: T) => string;
  confirmLabel: string;
  /** What the action does, in a sentence or two. */
  consequences: (subject: T) => ReactNode;
  /** Below the consequences: a cascade notice, choices; `started` once a workflow runs. */
  extra?: (subject: T, started: boolean) => ReactNode;
  confirmDisabled?: boolean;
  success: (subject: T) => Notice;
}

/** One request: a refusal shows in the dialog, which stays open, and as a notification titled `failure`. */
interface RequestAction<T> {
  request: (subject: T) => Promise<unknown>;
  failure: (subject: T) => string;
}

/** Several calls: the steps show as they run, with Retry and Undo on a failure. */
interface WorkflowAction<T> {
  workflow: (subject: T) => AnyWorkflow;
}

export type DeleteDialogProps<T> = Common<T> & (RequestAction<T> | WorkflowAction<T>);

/** The last subject asked for, so the text stays while the dialog's closing transition runs. */
function useShown<T>(subject: T | null): T | null {
  const [kept, setKept] = useState(subject);
  if (subject !== null && subject !== kept) setKept(subject);
  return subject ?? kept;
}

/**
 * Confirms a destructive action on one object (delete, release, unbind): what happens to it, then the
 * action, a notice on success, and the backend's refusal kept in the dialog.
 */
export function DeleteDialog<T>(props: DeleteDialogProps<T>) {
  const flow = useWorkflow();
  const shown = useShown(props.subject);
  if (shown === null) return null;
  const { onClose, onDone, title, confirmLabel, consequences, extra, confirmDisabled, success } = props;
  const frame = { opened: props.subject !== null, onClose, title: title(shown), confirmLabel, confirmDisabled };
  const text = consequences(shown);
  const body = (started: boolean) => (
    <Stack gap="sm">
      {typeof text === 'string' ? <Text size="sm">{text}</Text> : text}
      {extra?.(shown, started)}
    </Stack>
  );
  const succeeded = () => {
    const notice = success(shown);
    notifySuccess(notice.title, notice.message);
    onDone?.();
  };
  if ('workflow' in props) {
    const run = async () => {
      const ok = await flow.start(props.workflow(shown));
      if (ok) succeeded();
      return ok;
    };
    return (
      <WorkflowConfirmDialog {...frame} flow={flow} onConfirm={run}>
        {body(flow.phase !== 'idle')}
      </WorkflowConfirmDialog>
    );
  }
  const send = async () => {
    try {
      await props.request(shown);
    } catch (err) {
      notifyError(props.failure(shown), err);
      throw err;
    }
    succeeded();
  };
  return (
    <ConfirmDialog {...frame} onConfirm={send}>
      {body(false)}
    </ConfirmDialog>
  );
}
