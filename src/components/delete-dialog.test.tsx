// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { Workflow } from '../workflows/runner';
import { DeleteDialog, type DeleteDialogProps } from './delete-dialog';
import { notifyError, notifySuccess } from './notify';
import { renderWithUi } from './test-utils';

vi.mock('./notify', () => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }));

interface Thing {
  name: string;
}

interface Action {
  extra?: DeleteDialogProps<Thing>['extra'];
  request?: (t: Thing) => Promise<unknown>;
  workflow?: (t: Thing) => Workflow;
}

function Harness({ action, onDone }: { action: Action; onDone?: () => void }) {
  const [subject, setSubject] = useState<Thing | null>({ name: 'web-1' });
  const common = {
    subject,
    onClose: () => setSubject(null),
    onDone,
    title: (t: Thing) => `Delete thing ${t.name}?`,
    confirmLabel: 'Delete Thing',
    consequences: (t: Thing) => `Thing ${t.name} will be deleted.`,
    success: (t: Thing) => ({ title: 'Thing deleted', message: `${t.name} was deleted.` }),
  };
  const { request, workflow, extra } = action;
  return request ? (
    <DeleteDialog {...common} extra={extra} request={request} failure={(t) => `Could not delete ${t.name}`} />
  ) : (
    <DeleteDialog {...common} extra={extra} workflow={workflow!} />
  );
}

const dialog = () => screen.queryByRole('dialog', { name: 'Delete thing web-1?' });
const confirmButton = () => screen.getByRole('button', { name: 'Delete Thing' });

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('DeleteDialog', () => {
  it('names the subject and what happens to it', () => {
    renderWithUi(<Harness action={{ request: async () => {}, extra: (t) => <p>{`Also ${t.name}'s disks`}</p> }} />);
    expect(dialog()).not.toBeNull();
    expect(screen.getByText('Thing web-1 will be deleted.')).toBeTruthy();
    expect(screen.getByText("Also web-1's disks")).toBeTruthy();
  });

  it('runs the action on the subject, tells of the success and closes', async () => {
    const request = vi.fn(async () => {});
    const onDone = vi.fn();
    renderWithUi(<Harness action={{ request }} onDone={onDone} />);
    fireEvent.click(confirmButton());
    await waitFor(() => expect(dialog()).toBeNull());
    expect(request).toHaveBeenCalledWith({ name: 'web-1' });
    expect(notifySuccess).toHaveBeenCalledWith('Thing deleted', 'web-1 was deleted.');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('keeps a refusal in the dialog, which stays open and can be tried again', async () => {
    const request = vi.fn().mockRejectedValueOnce(new ApiError(409, 'VPC.0011', 'The thing still has subnets.')).mockResolvedValueOnce(undefined);
    const onDone = vi.fn();
    renderWithUi(<Harness action={{ request }} onDone={onDone} />);
    fireEvent.click(confirmButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The thing still has subnets. (VPC.0011)');
    expect(dialog()).not.toBeNull();
    expect(notifyError).toHaveBeenCalledWith('Could not delete web-1', expect.any(ApiError));
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(confirmButton());
    await waitFor(() => expect(dialog()).toBeNull());
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('closes on Cancel without running the action', async () => {
    const request = vi.fn(async () => {});
    renderWithUi(<Harness action={{ request }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(request).not.toHaveBeenCalled();
  });

  it('is busy while the action runs: Cancel is disabled and a second click does not run it again', async () => {
    let finish: () => void = () => {};
    const request = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderWithUi(<Harness action={{ request }} />);
    fireEvent.click(confirmButton());
    await waitFor(() => expect(confirmButton().getAttribute('data-loading')).toBe('true'));
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(confirmButton());
    expect(request).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(dialog()).toBeNull());
  });

  it('runs a workflow, shows its steps and closes when every step is done', async () => {
    const perform = vi.fn(async () => ({ already: false }));
    const onDone = vi.fn();
    renderWithUi(
      <Harness
        onDone={onDone}
        action={{
          workflow: () => ({ steps: [{ id: 'a', label: 'Unbind web-1' }], keys: [], perform }),
          extra: (_t, started) => <p>{started ? 'started' : 'idle'}</p>,
        }}
      />,
    );
    expect(screen.getByText('idle')).toBeTruthy();
    fireEvent.click(confirmButton());
    await waitFor(() => expect(dialog()).toBeNull());
    expect(perform).toHaveBeenCalledWith({ id: 'a', label: 'Unbind web-1' });
    expect(notifySuccess).toHaveBeenCalledWith('Thing deleted', 'web-1 was deleted.');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed workflow open with its steps, Retry and Undo', async () => {
    const perform = vi.fn(async () => {
      throw new ApiError(409, 'Console.Busy', 'The port is busy.');
    });
    renderWithUi(<Harness action={{ workflow: () => ({ steps: [{ id: 'a', label: 'Unbind web-1' }], keys: [], perform }) }} />);
    fireEvent.click(confirmButton());
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.getByText(/The port is busy\./)).toBeTruthy();
    expect(dialog()).not.toBeNull();
    expect(notifySuccess).not.toHaveBeenCalled();
  });
});
